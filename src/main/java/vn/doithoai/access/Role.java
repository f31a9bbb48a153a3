package vn.doithoai.access;

/** The staff roles of DESIGN §1; citizens need no account. */
public enum Role {

	/** Trưởng thôn / Tổ trưởng tổ dân phố: enters questions collected in their area. */
	AREA_HEAD,

	/** Ủy ban MTTQ: submits aggregated opinions and supervises the follow-up. */
	FATHERLAND_FRONT,

	/** Văn phòng (thư ký): plans, conferences, intake, minutes and follow-up. */
	SECRETARY,

	/** Cán bộ chuyên môn: prepares answers and carries out directives. */
	OFFICIAL,

	/** Chủ tịch, Phó Chủ tịch, Bí thư: approves, chairs, concludes and signs. */
	CHAIR,

	/** Tỉnh: reads every commune of one province. */
	PROVINCE,

	/** Quản trị: communes, users, calendar and templates of the whole deployment. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether an account of this role belongs to one commune. */
	public boolean boundToCommune() {
		return this != PROVINCE && this != ADMIN;
	}

}
