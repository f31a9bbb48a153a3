package vn.doithoai.document;

import java.time.LocalDate;
import java.util.List;

import vn.doithoai.document.Block.Bullets;
import vn.doithoai.document.Block.Heading;
import vn.doithoai.document.Block.Paragraph;

/**
 * Realistic documents to render: a ward People's Committee's dialogue plan (after seed
 * 000) and a ward Party committee's (after seed 002). Names of people are made up.
 */
final class DocumentFixtures {

	static final String STATE_SIGNER = "Phạm Văn Dũng";

	static final String PARTY_SIGNER = "Trần Đức Hoàng";

	private DocumentFixtures() {
	}

	/** KẾ HOẠCH 05/KH-UBND of 3 February 2025, about three pages. */
	static OfficialDocument stateDialoguePlan() {
		return new OfficialDocument(DocumentFamily.STATE, List.of("UBND TỈNH QUẢNG NGÃI"),
				"ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG", "UBND",
				new DocumentNumber(5, 2025, DocumentFamily.STATE, DocumentType.KE_HOACH, "UBND"), "Trương Quang Trọng",
				LocalDate.of(2025, 2, 3), DocumentType.KE_HOACH,
				"Tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2025", stateBody(),
				new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", STATE_SIGNER),
				List.of("UBND tỉnh", "Thanh tra tỉnh", "TT Đảng ủy; TT HĐND phường", "CT và các PCT UBND phường",
						"UBMTTQ Việt Nam phường", "Các Ban, ngành trong kế hoạch", "Lưu: VT."));
	}

	private static List<Block> stateBody() {
		return List.of(new Paragraph(
				"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025; Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;"),
				new Paragraph(
						"Căn cứ Quyết định số 29/2022/QĐ-UBND ngày 04/8/2022 của UBND tỉnh Quảng Ngãi ban hành Quy chế tổ chức đối thoại của người đứng đầu cơ quan hành chính nhà nước các cấp với Nhân dân trên địa bàn tỉnh Quảng Ngãi;"),
				new Paragraph(
						"UBND phường Trương Quang Trọng ban hành Kế hoạch tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân trên địa bàn phường năm 2025, cụ thể như sau:"),
				new Heading(1, "I. MỤC ĐÍCH, YÊU CẦU"), new Heading(2, "1. Mục đích"),
				new Bullets(List.of(
						"Nâng cao vai trò, trách nhiệm của người đứng đầu cơ quan hành chính nhà nước trong việc thực hiện nhiệm vụ đối thoại với Nhân dân; thông qua đối thoại trực tiếp nắm bắt tâm tư, nguyện vọng của Nhân dân, kịp thời chỉ đạo giải quyết những kiến nghị, những vấn đề bức xúc, nổi cộm mà Nhân dân quan tâm.",
						"Thực hiện và cụ thể hóa cơ chế Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ; góp phần đổi mới phương thức điều hành, quản lý của chính quyền; thực hiện có hiệu quả mục tiêu dân chủ hóa, công khai hóa mọi hoạt động của cơ quan hành chính nhà nước để Nhân dân theo dõi, giám sát.",
						"Tuyên truyền, phổ biến trực tiếp chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; giải thích để Nhân dân nhận thức đầy đủ, sâu sắc hơn về những thuận lợi, khó khăn trong lãnh đạo, chỉ đạo, quản lý, điều hành, tạo sự đồng thuận trong xã hội.")),
				new Heading(2, "2. Yêu cầu"),
				new Bullets(List.of(
						"Việc tổ chức đối thoại phải bảo đảm dân chủ, công khai, minh bạch, khách quan, diễn ra theo tinh thần thẳng thắn, trung thực, cởi mở, hợp tác, xây dựng; tạo điều kiện thuận lợi để người dân phát biểu ý kiến và nêu những vướng mắc có liên quan.",
						"Mọi phản ánh, kiến nghị của Nhân dân phải được tiếp nhận đầy đủ, xử lý kịp thời, hiệu quả, đúng quy định.",
						"Các ban, ngành, Tổ trưởng các tổ dân phố chịu trách nhiệm trước pháp luật và Chủ tịch UBND phường về việc trả lời các ý kiến phản ánh, kiến nghị của Nhân dân tại buổi đối thoại.")),
				new Heading(1, "II. NỘI DUNG"),
				new Paragraph("1. Nội dung đối thoại:",
						"Trao đổi, tiếp nhận và trả lời những thắc mắc, khiếu nại, kiến nghị, phản ánh của Nhân dân về giải quyết thủ tục hành chính trong các lĩnh vực: chính sách đối với người có công, bảo trợ xã hội; trật tự đô thị, đất đai, bồi thường, hỗ trợ và tái định cư các dự án trên địa bàn thuộc thẩm quyền của UBND phường."),
				new Paragraph("2. Phạm vi đối thoại:",
						"Tùy theo tình hình, Chủ tịch UBND phường quyết định tổ chức đối thoại tại một số tổ dân phố hoặc toàn phường."),
				new Paragraph("3. Hình thức tổ chức:", "Đối thoại trực tiếp."),
				new Paragraph("4. Thời gian dự kiến:", ""),
				new Bullets(List.of("Quý I/2025: Tổ dân phố Liên Hiệp 1A.", "Quý II/2025: Tổ dân phố Liên Hiệp 2A.",
						"Quý III/2025: Tổ dân phố Trường Thọ Tây A.", "Quý IV/2025: Tổ dân phố Trường Thọ Đông A.")),
				new Paragraph("5. Địa điểm:", "Tại điểm sinh hoạt văn hóa của tổ dân phố."),
				new Paragraph("6. Thành phần tham dự:",
						"Thực hiện theo Điều 8 Quy chế ban hành kèm theo Quyết định số 29/2022/QĐ-UBND ngày 04/8/2022 của UBND tỉnh Quảng Ngãi."),
				new Paragraph("7. Kinh phí thực hiện:",
						"Kinh phí tổ chức hội nghị đối thoại được bố trí trong dự toán ngân sách năm 2025 giao cho UBND phường."),
				new Heading(1, "III. TỔ CHỨC THỰC HIỆN"),
				new Heading(2, "1. Các ban, ngành thuộc UBND phường, Tổ trưởng các tổ dân phố"),
				new Bullets(List.of(
						"Căn cứ mục đích, yêu cầu, nội dung, phạm vi đối thoại tại Kế hoạch này, chủ động rà soát, nắm bắt tình hình, kết quả giải quyết các phản ánh, kiến nghị của người dân, những vấn đề nổi cộm, khó khăn, vướng mắc trong lĩnh vực mình phụ trách để tham mưu cho Chủ tịch UBND phường tổ chức đối thoại.",
						"Trong phạm vi chức năng, nhiệm vụ được giao, trả lời, giải đáp các thắc mắc, kiến nghị, phản ánh của Nhân dân nêu tại buổi đối thoại. Những vấn đề cần xác minh thì ghi nhận, trả lời sau; những vấn đề vượt thẩm quyền thì báo cáo kịp thời cơ quan cấp trên có thẩm quyền.",
						"Cán bộ, công chức các ngành, Tổ trưởng tổ dân phố chịu trách nhiệm trước Chủ tịch UBND phường về kết quả thực hiện nhiệm vụ đối thoại với Nhân dân trong và sau buổi đối thoại.")),
				new Heading(2, "2. Văn phòng HĐND và UBND phường"),
				new Bullets(List.of(
						"Xây dựng chương trình đối thoại; xây dựng mẫu và phát phiếu đăng ký câu hỏi cho Nhân dân; phối hợp với các ngành, tổ dân phố chuẩn bị các điều kiện cần thiết. Phát hành thông báo thời gian, địa điểm đối thoại ít nhất 07 ngày làm việc trước ngày đối thoại.",
						"Làm thư ký, ghi biên bản buổi đối thoại. Trong thời hạn 07 ngày làm việc kể từ khi kết thúc đối thoại, tham mưu Chủ tịch UBND phường ban hành Thông báo kết luận.",
						"Theo dõi, đôn đốc các ban, ngành xử lý các phản ánh, kiến nghị tại buổi đối thoại; đăng tải công khai Kế hoạch và Thông báo kết luận trên Cổng thông tin điện tử của phường.")),
				new Heading(2, "3. Bộ phận Tài chính - Kế toán phường"),
				new Paragraph(
						"Tham mưu UBND phường bảo đảm kinh phí tổ chức đối thoại với Nhân dân trên địa bàn phường năm 2025."),
				new Heading(2, "4. Công an phường"),
				new Paragraph(
						"Chủ trì, phối hợp với các ban, ngành liên quan bảo đảm an ninh, trật tự tại nơi tổ chức hội nghị đối thoại trực tiếp của Chủ tịch UBND phường với Nhân dân."),
				new Heading(2, "5. Công chức Văn hóa - Xã hội, Đài truyền thanh và các tổ dân phố"),
				new Paragraph(
						"Tuyên truyền rộng rãi Kế hoạch đối thoại của Chủ tịch UBND phường đến Nhân dân trên địa bàn phường bằng các hình thức phù hợp."),
				new Paragraph(
						"Trên đây là Kế hoạch tổ chức đối thoại giữa Chủ tịch UBND phường Trương Quang Trọng với Nhân dân trên địa bàn phường năm 2025; yêu cầu các ban, ngành của phường, các tổ dân phố nghiêm túc triển khai thực hiện./."));
	}

	/** KẾ HOẠCH 36-KH/ĐU of a ward Party committee, 12 March 2024. */
	static OfficialDocument partyDialoguePlan() {
		return new OfficialDocument(DocumentFamily.PARTY, List.of("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG"),
				"ĐẢNG ỦY PHƯỜNG DĨNH KẾ", "ĐU",
				new DocumentNumber(36, 2024, DocumentFamily.PARTY, DocumentType.KE_HOACH, "ĐU"), "Dĩnh Kế",
				LocalDate.of(2024, 3, 12), DocumentType.KE_HOACH,
				"Tiếp xúc, đối thoại trực tiếp của người đứng đầu Đảng ủy, HĐND, UBND với cán bộ, đảng viên, hội viên, đoàn viên và các tầng lớp nhân dân trên địa bàn phường năm 2024",
				partyBody(), new Signer(List.of("T/M ĐẢNG ỦY"), "BÍ THƯ", PARTY_SIGNER),
				List.of("TT Thành ủy", "Ban Dân vận Thành ủy", "TT Đảng ủy, HĐND, UBND, MTTQ phường",
						"Các đ/c Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu VPĐU"));
	}

	private static List<Block> partyBody() {
		return List.of(new Paragraph(
				"Thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân;"),
				new Paragraph(
						"Thực hiện chương trình công tác năm 2024, Đảng ủy phường Dĩnh Kế xây dựng Kế hoạch tổ chức tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền với cán bộ, đảng viên, đoàn viên, hội viên và các tầng lớp nhân dân trên địa bàn phường năm 2024, cụ thể như sau:"),
				new Heading(1, "I- MỤC ĐÍCH, YÊU CẦU"), new Heading(2, "1. Mục đích"),
				new Bullets(List.of(
						"Để người đứng đầu cấp ủy đảng, chính quyền lắng nghe tâm tư, nguyện vọng và ý kiến của nhân dân; bảo đảm quyền làm chủ và phát huy vai trò giám sát của nhân dân.",
						"Tuyên truyền, phổ biến chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, góp phần tạo sự đồng thuận trong xã hội.")),
				new Heading(2, "2. Yêu cầu"),
				new Bullets(List
					.of("Tiếp xúc, đối thoại được tiến hành công khai, dân chủ, khách quan, thẳng thắn, thực hiện tốt phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.")),
				new Heading(1, "II- NỘI DUNG, HÌNH THỨC"), new Heading(2, "1. Chế độ tiếp xúc, đối thoại"),
				new Bullets(2, List.of(
						"Tiếp xúc, đối thoại định kỳ: ít nhất 02 lần/năm, trong đó có 01 lần đối thoại chuyên đề.",
						"Tiếp xúc, đối thoại đột xuất: khi người đứng đầu cấp ủy, chính quyền thấy cần thiết.")),
				new Heading(1, "III- TỔ CHỨC THỰC HIỆN"), new Paragraph(
						"Bộ phận Văn phòng Đảng ủy - HĐND - UBND phường theo dõi, đôn đốc việc thực hiện Kế hoạch này; định kỳ tổng hợp, báo cáo kết quả với Thường trực Đảng ủy theo quy định./."));
	}

}
