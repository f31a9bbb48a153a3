package vn.doithoai.document;

/** Which of the two prescribed forms a document takes. */
public enum DocumentFamily {

	/**
	 * A state body's document (Nghị định 30/2020/NĐ-CP, Phụ lục I): "CỘNG HÒA XÃ HỘI CHỦ
	 * NGHĨA VIỆT NAM", "Số: 05/KH-UBND", "TM. ỦY BAN NHÂN DÂN".
	 */
	STATE,

	/**
	 * A Party committee's document (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM", "Số
	 * 05-KH/ĐU", "T/M ĐẢNG ỦY".
	 */
	PARTY

}
