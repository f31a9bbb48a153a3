package vn.doithoai.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.doithoai.document.Block.Bullets;
import vn.doithoai.document.Block.Heading;
import vn.doithoai.document.Block.Paragraph;

/**
 * Realistic documents to render: a ward People's Committee's dialogue plan (after seed
 * 000) and a ward Party committee's (after seed 002); the minutes of a ward dialogue and
 * its conclusion notice (after seed 000). Names of people are made up.
 */
final class DocumentFixtures {

	static final String STATE_SIGNER = "Phạm Văn Dũng";

	static final String PARTY_SIGNER = "Trần Đức Hoàng";

	/** Who chairs the ward dialogue and signs its minutes on the right. */
	static final String CHAIR = "Võ Thành Nhân";

	/** Who keeps the minutes and signs them on the left. */
	static final String SECRETARY = "Lê Thị Thu Hà";

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

	/**
	 * BIÊN BẢN 12/BB-UBND of the ward dialogue of 20 March 2025: time and place,
	 * composition and attendance counts, opening and report, {@code exchanges} citizens'
	 * turns (each a question, an answer and its outcome; see {@link #exchange(int)}), the
	 * chair's conclusions and the closing; signed by the secretary (left) and the chair
	 * (right), with no recipients.
	 */
	static OfficialDocument minutesWithExchanges(int exchanges) {
		List<Block> body = new ArrayList<>();
		body.add(new Paragraph("Thời gian bắt đầu:", "07 giờ 30 phút, ngày 20 tháng 3 năm 2025."));
		body.add(new Paragraph("Địa điểm:",
				"Nhà văn hóa tổ dân phố Liên Hiệp 1A, phường Trương Quang Trọng, tỉnh Quảng Ngãi."));
		body.add(new Paragraph("Hình thức:", "Đối thoại trực tiếp giữa Chủ tịch UBND phường với Nhân dân."));
		body.add(new Heading(1, "I. THÀNH PHẦN THAM DỰ"));
		body.add(new Paragraph("1. Chủ trì:", "Ông " + CHAIR
				+ " - Chủ tịch UBND phường; đồng chủ trì: bà Nguyễn Thị Hạnh - Phó Chủ tịch HĐND phường, ông Lê Văn Tâm - Chủ tịch Ủy ban MTTQ Việt Nam phường."));
		body.add(new Paragraph("2. Thư ký:", "Bà " + SECRETARY + " - Công chức Văn phòng - Thống kê."));
		body.add(new Paragraph("3. Đại biểu:", ""));
		body.add(new Bullets(List.of("Đại diện Thường trực Đảng ủy phường;",
				"Ông " + STATE_SIGNER + " - Phó Chủ tịch UBND phường;",
				"Các công chức: Địa chính - Xây dựng - Đô thị và Môi trường; Văn hóa - Xã hội; Tư pháp - Hộ tịch; Tài chính - Kế toán;",
				"Trưởng Công an phường;",
				"Bí thư chi bộ, Tổ trưởng, Trưởng Ban công tác Mặt trận các tổ dân phố Liên Hiệp 1A, Liên Hiệp 1B, Liên Hiệp 2A, Liên Hiệp 2B, Trường Thọ Tây A, Trường Thọ Tây B, Trường Thọ Đông A.")));
		body.add(new Paragraph("4. Số lượng tham dự:",
				"Tổng số 142 người, trong đó 21 đại biểu, cán bộ, công chức và 121 người dân (86 người đã đăng ký trước, 35 người đến trực tiếp tại hội nghị). Có 01 trường hợp không được vào hội nghị do có biểu hiện say rượu, không làm chủ được hành vi (Điều 9 Luật Tiếp công dân)."));
		body.add(new Heading(1, "II. NỘI DUNG HỘI NGHỊ"));
		body.add(new Heading(2, "1. Khai mạc"));
		body.add(new Paragraph("Bà " + SECRETARY + " tuyên bố lý do, giới thiệu đại biểu. Ông " + CHAIR
				+ " thông qua chương trình và nội quy hội nghị: mỗi người phát biểu không quá 05 phút, tập trung vào nội dung đã đăng ký; những nội dung không thuộc phạm vi đối thoại được ghi nhận và trả lời bằng văn bản."));
		body.add(new Heading(2, "2. Báo cáo của Chủ tịch UBND phường"));
		body.add(new Paragraph("Ông " + CHAIR
				+ " báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh của phường năm 2024 và kết quả giải quyết 37 ý kiến, kiến nghị của Nhân dân đã đăng ký trước hội nghị: 29 ý kiến đã được trả lời bằng văn bản, 08 ý kiến được trả lời trực tiếp tại hội nghị này."));
		body.add(new Heading(2, "3. Ý kiến của Nhân dân và trả lời của UBND phường"));
		body.add(new Paragraph("Có " + exchanges + " lượt ý kiến phát biểu, cụ thể như sau:"));
		for (int number = 1; number <= exchanges; number++) {
			body.addAll(exchange(number).blocks());
		}
		body.add(new Heading(2, "4. Kết luận của chủ trì"));
		body.add(new Paragraph("Ông " + CHAIR + " ghi nhận tinh thần thẳng thắn, xây dựng của bà con và kết luận:"));
		body.add(new Bullets(List.of(
				"Các ý kiến đã được trả lời tại hội nghị, đề nghị các bộ phận công khai kết quả tại nhà văn hóa các tổ dân phố;",
				"Các nội dung được giao, các bộ phận thực hiện đúng thời hạn, báo cáo kết quả bằng văn bản cho Chủ tịch UBND phường; Văn phòng HĐND và UBND phường theo dõi, đôn đốc;",
				"Các kiến nghị ngoài thẩm quyền, Văn phòng HĐND và UBND phường chuyển đến cơ quan có thẩm quyền trong thời hạn 05 ngày làm việc và thông báo cho người có kiến nghị;",
				"Trong thời hạn 07 ngày làm việc, Văn phòng HĐND và UBND phường tham mưu ban hành Thông báo kết luận hội nghị.")));
		body.add(new Paragraph(
				"Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước hội nghị, những người tham dự thống nhất với nội dung biên bản. Biên bản được lập thành 03 bản có giá trị như nhau./."));
		return new OfficialDocument(DocumentFamily.STATE, List.of("UBND TỈNH QUẢNG NGÃI"),
				"ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG", "UBND",
				new DocumentNumber(12, 2025, DocumentFamily.STATE, DocumentType.BIEN_BAN, "UBND"), "Trương Quang Trọng",
				LocalDate.of(2025, 3, 20), DocumentType.BIEN_BAN,
				"Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2025", body,
				new Signer(List.of(), "CHỦ TRÌ", CHAIR), new Signer(List.of(), "THƯ KÝ", SECRETARY), List.of());
	}

	/**
	 * The exchange of the given number (from 1): who spoke, what they asked, who answered
	 * and what, any further exchange, the outcome. Speakers cycle through thirteen
	 * citizens and topics through eleven, so that no two of the first 143 exchanges read
	 * the same.
	 */
	static Exchange exchange(int number) {
		Speaker speaker = SPEAKERS.get((number - 1) % SPEAKERS.size());
		Topic topic = TOPICS.get((number - 1) % TOPICS.size());
		return new Exchange(number, speaker.lead(number), topic.question(), topic.answerer(), topic.answer(),
				topic.further(), topic.outcome().formatted(speaker.addressed()));
	}

	/** One citizen's turn in the minutes. */
	record Exchange(int number, String speaker, String question, String answerer, String answer, String further,
			String outcome) {

		/**
		 * The question under the speaker, the answer under who answered, any further
		 * exchange, and the outcome: paragraphs with a bold lead.
		 */
		List<Block> blocks() {
			List<Block> blocks = new ArrayList<>();
			blocks.add(new Paragraph(this.speaker, this.question));
			blocks.add(new Paragraph(this.answerer, this.answer));
			if (this.further != null) {
				blocks.add(new Paragraph("Trao đổi thêm:", this.further));
			}
			blocks.add(new Paragraph("Kết quả:", this.outcome));
			return blocks;
		}

	}

	/** A citizen who speaks, or a delegate who gives no name ({@code name} null). */
	private record Speaker(String honorific, String name, String area) {

		String lead(int number) {
			return (this.name != null)
					? "Ý kiến " + number + ". " + this.honorific + " " + this.name + " (tổ dân phố " + this.area + "):"
					: "Ý kiến " + number + ". Đại biểu tổ dân phố " + this.area + " (không nêu tên):";
		}

		String addressed() {
			return (this.name != null) ? this.honorific.toLowerCase(java.util.Locale.ROOT) + " " + this.name
					: "đại biểu";
		}

	}

	private record Topic(String question, String answerer, String answer, String further, String outcome) {
	}

	private static final List<Speaker> SPEAKERS = List.of(new Speaker("Ông", "Nguyễn Văn Hùng", "Liên Hiệp 1A"),
			new Speaker("Bà", "Trần Thị Hoa", "Liên Hiệp 1B"), new Speaker("Ông", "Lê Quang Vinh", "Liên Hiệp 2A"),
			new Speaker("Bà", "Phạm Thị Thu Sương", "Trường Thọ Tây A"), new Speaker(null, null, "Liên Hiệp 1A"),
			new Speaker("Ông", "Huỳnh Tấn Phát", "Trường Thọ Đông A"),
			new Speaker("Bà", "Võ Thị Ngọc Ánh", "Liên Hiệp 2B"),
			new Speaker("Ông", "Đỗ Minh Khoa", "Trường Thọ Tây B"),
			new Speaker("Bà", "Nguyễn Thị Mỹ Dung", "Liên Hiệp 1A"), new Speaker("Ông", "Bùi Văn Lợi", "Liên Hiệp 1B"),
			new Speaker(null, null, "Trường Thọ Đông A"), new Speaker("Bà", "Lương Thị Diệu", "Liên Hiệp 2A"),
			new Speaker("Ông", "Tạ Quốc Cường", "Trường Thọ Tây A"));

	private static final String LAND = "Ông Đặng Văn Minh, công chức Địa chính - Xây dựng - Đô thị và Môi trường, trả lời:";

	private static final String SOCIAL = "Bà Huỳnh Thị Kim Oanh, công chức Văn hóa - Xã hội, trả lời:";

	private static final String POLICE = "Ông Trần Quốc Bảo, Trưởng Công an phường, trả lời:";

	private static final String JUSTICE = "Bà Nguyễn Thị Lan, công chức Tư pháp - Hộ tịch, trả lời:";

	private static final String VICE_CHAIR = "Ông " + STATE_SIGNER + ", Phó Chủ tịch UBND phường, trả lời:";

	private static final String CHAIR_ANSWERS = "Ông " + CHAIR + ", Chủ tịch UBND phường, trả lời:";

	private static final List<Topic> TOPICS = List.of(new Topic(
			"Gia đình tôi nộp hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho thửa đất số 215, tờ bản đồ số 12 tại Bộ phận một cửa của phường từ tháng 8 năm 2024, đến nay đã hơn bảy tháng vẫn chưa nhận được kết quả. Mỗi lần hỏi thì được trả lời là hồ sơ đang chờ xác minh nguồn gốc đất. Đề nghị UBND phường cho biết hồ sơ đang vướng ở khâu nào, khi nào thì được cấp giấy, và nếu còn thiếu giấy tờ gì thì hướng dẫn cụ thể một lần để gia đình bổ sung.",
			LAND,
			"Hồ sơ của gia đình đã được Bộ phận một cửa tiếp nhận ngày 12/8/2024 và chuyển Văn phòng đăng ký đất đai. Qua rà soát, thửa đất có khoảng 18 m² nằm trong hành lang an toàn đường bộ theo quy hoạch được duyệt, nên cơ quan đăng ký đề nghị phường xác nhận lại ranh giới và thời điểm sử dụng đất. Phường đã tổ chức đo đạc hiện trạng ngày 06/3/2025; trong thời hạn 10 ngày làm việc, công chức Địa chính sẽ hoàn thiện văn bản xác nhận, gửi lại Văn phòng đăng ký đất đai và thông báo cho gia đình.",
			"Người có ý kiến thống nhất với nội dung trả lời, đề nghị phường báo kết quả qua điện thoại để gia đình không phải đi lại nhiều lần.",
			"Chủ trì giao công chức Địa chính - Xây dựng - Đô thị và Môi trường hoàn thiện hồ sơ xác nhận, trả lời bằng văn bản cho %s trước ngày 04/4/2025."),
			new Topic(
					"Tuyến đường bê tông trong khu dân cư, đoạn từ nhà văn hóa đến ngã ba giáp đường Nguyễn Công Phương, mỗi khi mưa lớn đều ngập sâu 30 đến 40 cm, nước tràn vào nhà nhiều hộ dân. Nguyên nhân là mương thoát nước dọc tuyến bị bồi lắng, một số đoạn bị đổ đất lấn lên. Năm 2023 bà con đã kiến nghị nhưng đến nay chưa được khắc phục. Đề nghị phường sớm nạo vét, xử lý các trường hợp lấn chiếm mương và có kế hoạch nâng cấp tuyến thoát nước trước mùa mưa bão năm nay.",
					VICE_CHAIR,
					"UBND phường ghi nhận ý kiến của bà con. Tuyến mương nêu trên dài khoảng 420 m, thuộc danh mục công trình thoát nước do phường quản lý. Trong tháng 4/2025, phường sẽ huy động lực lượng nạo vét toàn tuyến, đồng thời giao Tổ trưởng tổ dân phố phối hợp với công chức Địa chính vận động các hộ tự tháo dỡ phần đất lấn lên mương; trường hợp không chấp hành sẽ lập biên bản xử lý theo quy định. Việc nâng cấp, mở rộng mương đã được phường đưa vào danh mục đề xuất đầu tư công trung hạn 2026 - 2030.",
					null,
					"Chủ trì giao công chức Địa chính - Xây dựng - Đô thị và Môi trường phối hợp Tổ trưởng tổ dân phố nạo vét mương thoát nước, hoàn thành trước ngày 30/4/2025; thông báo kết quả cho %s."),
			new Topic(
					"Mẹ tôi là thân nhân liệt sĩ, đang hưởng trợ cấp tuất hằng tháng. Từ giữa năm 2024 mức trợ cấp đã được điều chỉnh tăng nhưng gia đình vẫn nhận theo mức cũ, chưa được truy lĩnh phần chênh lệch. Mẹ tôi năm nay đã 82 tuổi, đi lại khó khăn; đề nghị phường cho biết có thể ủy quyền cho con nhận trợ cấp thay hằng tháng được không, thủ tục như thế nào, và có bắt buộc phải ra tận điểm chi trả ở bưu điện để nhận hay không.",
					SOCIAL,
					"Mức trợ cấp ưu đãi người có công được điều chỉnh theo quy định mới của Chính phủ. Phường đã lập danh sách điều chỉnh và gửi cơ quan cấp trên; khoản truy lĩnh phần chênh lệch dự kiến được chi trả cùng kỳ trợ cấp tháng 4/2025. Về việc nhận thay, thân nhân liệt sĩ được ủy quyền cho con nhận trợ cấp bằng giấy ủy quyền có xác nhận của UBND phường; gia đình cũng có thể đăng ký nhận qua tài khoản ngân hàng để không phải đến điểm chi trả. Công chức Văn hóa - Xã hội sẽ hướng dẫn gia đình làm thủ tục ngay sau hội nghị.",
					null,
					"Đã trả lời tại hội nghị; công chức Văn hóa - Xã hội hướng dẫn %s thủ tục ủy quyền và đăng ký nhận trợ cấp qua tài khoản."),
			new Topic(
					"Thời gian gần đây xe thu gom rác không đến đúng lịch, có tuần chỉ thu hai lần, rác thải sinh hoạt dồn ứ ở đầu hẻm gây mùi hôi, ruồi muỗi, nhất là những ngày nắng nóng. Một số người ở nơi khác chở rác đến đổ trộm vào ban đêm ở khu đất trống cuối hẻm. Đề nghị phường làm việc với đơn vị thu gom để bảo đảm thu gom đúng lịch theo hợp đồng, đồng thời lắp biển cấm, camera và xử lý nghiêm người đổ rác không đúng nơi quy định.",
					LAND,
					"Theo hợp đồng dịch vụ, đơn vị thu gom phải thu rác sinh hoạt hằng ngày trên các tuyến chính và cách ngày trong các hẻm nhỏ. Qua kiểm tra, trong tháng 02/2025 đơn vị này có 05 lần không thu đúng lịch do thiếu phương tiện; phường đã có văn bản nhắc nhở. Phường sẽ làm việc trực tiếp với đơn vị thu gom để bổ sung xe và công khai lịch thu gom tại nhà văn hóa các tổ dân phố. Đối với điểm đổ rác trộm, Công an phường và tổ dân phố sẽ tăng cường tuần tra, lắp biển cấm và camera an ninh khu dân cư.",
					null,
					"Chủ trì giao công chức Địa chính - Xây dựng - Đô thị và Môi trường làm việc với đơn vị thu gom, báo cáo kết quả trước ngày 10/4/2025; Công an phường phối hợp xử lý hành vi đổ rác không đúng nơi quy định; thông báo cho %s."),
			new Topic(
					"Hẻm 45 đường Phan Đình Phùng dài gần 300 m nhưng chỉ có hai bóng đèn chiếu sáng, một bóng đã hỏng từ Tết đến nay. Buổi tối hẻm rất tối; trong tháng qua đã có hai vụ mất trộm xe máy để trước sân nhà và một vụ giật túi xách của học sinh đi học thêm về. Bà con rất lo lắng. Đề nghị phường sửa chữa, bổ sung đèn chiếu sáng trong hẻm, Công an phường tăng cường tuần tra vào buổi tối và cho biết kết quả điều tra các vụ việc nói trên.",
					POLICE,
					"Công an phường đã tiếp nhận tin báo về hai vụ trộm cắp xe máy và một vụ cướp giật tài sản nêu trên, đã chuyển hồ sơ đến cơ quan điều tra có thẩm quyền theo quy định; khi có kết quả sẽ thông báo cho người bị hại. Từ nay, Công an phường bố trí tổ tuần tra lưu động qua hẻm 45 từ 19 giờ đến 23 giờ hằng ngày, phối hợp với lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Về chiếu sáng, phường giao bộ phận chuyên môn thay bóng hỏng trong tuần và khảo sát lắp thêm ít nhất ba đèn.",
					null,
					"Chủ trì giao công chức Địa chính - Xây dựng - Đô thị và Môi trường thay bóng đèn hỏng và lắp bổ sung đèn chiếu sáng hẻm 45, hoàn thành trước ngày 15/4/2025; Công an phường duy trì tuần tra và thông báo kết quả cho %s."),
			new Topic(
					"Gia đình tôi có 120 m² đất ở bị thu hồi để thực hiện dự án mở rộng tuyến đường tránh phía Đông. Đơn giá bồi thường về đất được áp dụng thấp hơn nhiều so với giá chuyển nhượng thực tế trong khu vực, trong khi lô tái định cư được bố trí ở xa, chưa có điện, nước. Gia đình đã có đơn gửi Ban quản lý dự án từ tháng 11/2024 nhưng chưa được trả lời. Đề nghị phường cho biết đơn giá được áp dụng căn cứ vào đâu và kiến nghị cấp trên xem xét lại.",
					CHAIR_ANSWERS,
					"Dự án mở rộng tuyến đường tránh phía Đông do Ban quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư; giá đất cụ thể để tính bồi thường do UBND tỉnh phê duyệt, không thuộc thẩm quyền của UBND phường. Phường tham gia Hội đồng bồi thường với vai trò xác nhận nguồn gốc, quá trình sử dụng đất của các hộ. UBND phường ghi nhận kiến nghị của gia đình, sẽ có văn bản chuyển đến Ban quản lý dự án và Sở Nông nghiệp và Môi trường để xem xét, trả lời theo quy định, đồng thời đề nghị chủ đầu tư sớm hoàn thiện hạ tầng khu tái định cư.",
					"Người có ý kiến đồng ý để phường chuyển đơn, đề nghị được biết cơ quan nào trả lời và trong thời hạn bao lâu.",
					"Ngoài thẩm quyền của phường: chuyển kiến nghị đến Ban quản lý dự án đầu tư xây dựng tỉnh và Sở Nông nghiệp và Môi trường; Văn phòng HĐND và UBND phường báo cho %s nơi nhận và thời hạn trả lời trước ngày 27/3/2025."),
			new Topic(
					"Gia đình tôi thuộc diện hộ cận nghèo năm 2024, được hỗ trợ mua thẻ bảo hiểm y tế. Năm 2025 qua rà soát, gia đình ra khỏi danh sách hộ cận nghèo nên thẻ bảo hiểm y tế hết hạn từ ngày 31/12/2024, trong khi bố tôi đang điều trị bệnh mạn tính, phải khám định kỳ hằng tháng. Đề nghị phường cho biết gia đình có còn được hỗ trợ mức đóng bảo hiểm y tế sau khi thoát cận nghèo hay không, và thủ tục làm ở đâu.",
					SOCIAL,
					"Theo quy định hiện hành, người thuộc hộ vừa thoát nghèo, thoát cận nghèo tiếp tục được Nhà nước hỗ trợ một phần mức đóng bảo hiểm y tế trong một thời gian kể từ khi ra khỏi danh sách; trường hợp của gia đình thuộc diện này. Công chức Văn hóa - Xã hội sẽ lập danh sách bổ sung gửi cơ quan bảo hiểm xã hội trong tháng 3/2025 để cấp thẻ. Trong thời gian chờ, gia đình liên hệ trực tiếp công chức Văn hóa - Xã hội để được hướng dẫn, bảo đảm việc khám, chữa bệnh không bị gián đoạn.",
					null,
					"Đã trả lời tại hội nghị; giao công chức Văn hóa - Xã hội lập danh sách đề nghị cấp thẻ bảo hiểm y tế cho gia đình %s, hoàn thành trước ngày 31/3/2025."),
			new Topic(
					"Trên đường Hai Bà Trưng, đoạn trước chợ, nhiều hộ kinh doanh bày bán hàng hóa, dựng mái che lấn ra gần hết vỉa hè, có hộ để cả xe ô tô trên vỉa hè; người đi bộ phải xuống lòng đường rất nguy hiểm, nhất là giờ học sinh tan trường. Phường đã nhiều lần ra quân nhưng chỉ được vài ngày rồi đâu lại vào đấy. Đề nghị phường có giải pháp xử lý dứt điểm, công khai danh sách các hộ vi phạm nhiều lần và kiên quyết tháo dỡ các mái che kiên cố.",
					VICE_CHAIR,
					"UBND phường thừa nhận việc lập lại trật tự vỉa hè trên đường Hai Bà Trưng thời gian qua chưa bền vững. Từ tháng 4/2025, phường thành lập tổ kiểm tra liên ngành gồm Công an phường, công chức Địa chính - Xây dựng và tổ dân phố, kiểm tra thường xuyên, không báo trước; lập biên bản và xử phạt vi phạm hành chính đối với các trường hợp tái phạm, công khai danh sách trên hệ thống truyền thanh của phường. Các mái che kiên cố lấn chiếm vỉa hè sẽ được yêu cầu tự tháo dỡ trong 15 ngày, quá thời hạn phường tổ chức cưỡng chế theo quy định.",
					null,
					"Chủ trì giao Công an phường chủ trì, phối hợp công chức Địa chính - Xây dựng - Đô thị và Môi trường thành lập tổ kiểm tra liên ngành, báo cáo kết quả trước ngày 30/4/2025 và thông báo cho %s."),
			new Topic(
					"Hóa đơn tiền điện tháng 02/2025 của gia đình tôi tăng gần gấp đôi so với tháng trước, trong khi gia đình không sử dụng thêm thiết bị nào. Tôi đã gọi tổng đài chăm sóc khách hàng của ngành điện nhưng chỉ được giải thích chung là do thời tiết và số ngày tính tiền. Nhiều hộ trong tổ dân phố cũng có cùng thắc mắc. Đề nghị phường kiến nghị ngành điện kiểm tra lại công tơ, chỉ số ghi điện và công khai cách tính tiền điện cho bà con được biết.",
					CHAIR_ANSWERS,
					"Việc ghi chỉ số công tơ và tính tiền điện thuộc trách nhiệm của Điện lực, không thuộc nội dung đối thoại của UBND phường. Tuy nhiên, đây là vấn đề nhiều hộ dân quan tâm nên UBND phường ghi nhận và sẽ có văn bản đề nghị Điện lực kiểm tra công tơ của các hộ có phản ánh, trả lời bằng văn bản cho người dân; đồng thời đề nghị Điện lực phối hợp với tổ dân phố tổ chức buổi hướng dẫn cách đọc chỉ số công tơ và tra cứu hóa đơn trên ứng dụng của ngành điện.",
					null,
					"Ngoài nội dung đối thoại, trả lời bằng văn bản: Văn phòng HĐND và UBND phường chuyển ý kiến đến Điện lực và trả lời cho %s trước ngày 04/4/2025."),
			new Topic(
					"Tôi đăng ký khai sinh cho con qua Cổng dịch vụ công trực tuyến nhưng hồ sơ bị trả lại hai lần với lý do ảnh chụp giấy chứng sinh không rõ, trong khi tôi đã chụp lại rất rõ. Lần thứ ba tôi phải nghỉ làm để lên phường nộp trực tiếp. Đề nghị phường cho biết yêu cầu cụ thể đối với tệp đính kèm khi nộp hồ sơ trực tuyến; khi trả lại hồ sơ thì ghi rõ lý do, hướng dẫn đầy đủ một lần để người dân không phải bổ sung nhiều lần.",
					JUSTICE,
					"Công chức Tư pháp - Hộ tịch xin tiếp thu ý kiến. Hệ thống chỉ nhận tệp ảnh hoặc PDF dưới 5 MB; một số ảnh chụp bằng điện thoại có dung lượng lớn bị tự động nén nên khi mở ra bị mờ, dẫn đến việc trả lại hồ sơ. Từ nay, khi trả lại hồ sơ, công chức sẽ ghi rõ lý do và gọi điện hướng dẫn trực tiếp; trường hợp tệp không đọc được do lỗi kỹ thuật thì đối chiếu bản chính khi người dân đến nhận kết quả, không yêu cầu nộp lại. Phường cũng sẽ niêm yết hướng dẫn chụp, đính kèm giấy tờ tại Bộ phận một cửa.",
					null,
					"Đã trả lời tại hội nghị; chủ trì yêu cầu Bộ phận một cửa ghi rõ lý do và hướng dẫn đầy đủ một lần khi trả lại hồ sơ trực tuyến, gửi hướng dẫn cho %s."),
			new Topic(
					"Tôi không đồng ý với quyết định xử phạt vi phạm hành chính của Chủ tịch UBND phường về việc xây dựng công trình không phép trên đất của gia đình. Công trình chỉ là mái che tạm bằng tôn để làm chỗ để xe, không ảnh hưởng đến hàng xóm và không lấn ra đường. Tôi đề nghị hủy quyết định xử phạt và cho gia đình giữ lại công trình, vì nhiều hộ xung quanh cũng làm tương tự mà không bị xử lý gì.",
					CHAIR_ANSWERS,
					"Nội dung nêu trên là khiếu nại đối với quyết định hành chính, được giải quyết theo trình tự của Luật Khiếu nại, không giải quyết tại hội nghị đối thoại. Đề nghị người có ý kiến gửi đơn khiếu nại đến Chủ tịch UBND phường trong thời hiệu 90 ngày kể từ ngày nhận được quyết định; phường sẽ thụ lý, xác minh và giải quyết theo quy định. Đối với các công trình tương tự được phản ánh, phường giao bộ phận chuyên môn kiểm tra, xử lý bình đẳng đối với mọi trường hợp vi phạm.",
					null,
					"Khiếu nại, giải quyết theo Luật Khiếu nại: đã hướng dẫn %s gửi đơn; không giải quyết tại hội nghị."));

	/**
	 * THÔNG BÁO 18/TB-UBND of 26 March 2025: the chair's conclusions of the dialogue, the
	 * directives in a table (STT, Bộ phận, Nội dung, Thời hạn).
	 */
	static OfficialDocument conclusionNotice() {
		List<Block> body = List.of(new Paragraph(
				"Ngày 20 tháng 3 năm 2025, tại Nhà văn hóa tổ dân phố Liên Hiệp 1A, Chủ tịch UBND phường Trương Quang Trọng chủ trì Hội nghị đối thoại với Nhân dân năm 2025; cùng dự có đại diện Thường trực Đảng ủy, Thường trực HĐND, Ủy ban MTTQ Việt Nam phường, các công chức chuyên môn và 121 người dân."),
				new Paragraph(
						"Sau khi nghe ý kiến của Nhân dân và trả lời của các bộ phận, Chủ tịch UBND phường kết luận như sau:"),
				new Heading(1, "I. ĐÁNH GIÁ CHUNG"),
				new Paragraph(
						"Hội nghị diễn ra dân chủ, thẳng thắn, đúng kế hoạch. Các ý kiến của Nhân dân tập trung vào đất đai, thoát nước, vệ sinh môi trường, trật tự đô thị, an ninh khu dân cư và chính sách xã hội; phần lớn đã được trả lời trực tiếp tại hội nghị."),
				new Heading(1, "II. GIAO NHIỆM VỤ"),
				new Paragraph("Chủ tịch UBND phường giao các bộ phận thực hiện các nhiệm vụ sau:"),
				new Block.Table(DIRECTIVE_COLUMNS, DIRECTIVES), new Heading(1, "III. TỔ CHỨC THỰC HIỆN"), new Paragraph(
						"Các bộ phận được giao nhiệm vụ báo cáo kết quả bằng văn bản cho Chủ tịch UBND phường trong thời hạn nêu trên; trường hợp cần gia hạn phải báo cáo lý do và thông báo cho người có kiến nghị. Văn phòng HĐND và UBND phường theo dõi, đôn đốc và đăng tải Thông báo này trên Cổng thông tin điện tử của phường./."));
		return new OfficialDocument(DocumentFamily.STATE, List.of("UBND TỈNH QUẢNG NGÃI"),
				"ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG", "UBND",
				new DocumentNumber(18, 2025, DocumentFamily.STATE, DocumentType.THONG_BAO, "UBND"),
				"Trương Quang Trọng", LocalDate.of(2025, 3, 26), DocumentType.THONG_BAO,
				"Kết luận của Chủ tịch UBND phường tại Hội nghị đối thoại với Nhân dân ngày 20/3/2025", body,
				new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", CHAIR),
				List.of("Thường trực Đảng ủy phường", "Thường trực HĐND phường", "Ủy ban MTTQ Việt Nam phường",
						"Các bộ phận có tên tại Mục II", "Các tổ dân phố", "Lưu: VT"));
	}

	static final List<Block.Table.Column> DIRECTIVE_COLUMNS = List.of(new Block.Table.Column("STT", 8, true),
			new Block.Table.Column("Bộ phận", 27, false), new Block.Table.Column("Nội dung", 48, false),
			new Block.Table.Column("Thời hạn", 17, true));

	static final List<List<String>> DIRECTIVES = List.of(List.of("1",
			"Công chức Địa chính - Xây dựng - Đô thị và Môi trường",
			"Hoàn thiện văn bản xác nhận ranh giới, thời điểm sử dụng thửa đất số 215, tờ bản đồ số 12; trả lời bằng văn bản cho ông Nguyễn Văn Hùng.",
			"04/4/2025"),
			List.of("2", "Công chức Địa chính - Xây dựng - Đô thị và Môi trường",
					"Nạo vét mương thoát nước từ nhà văn hóa tổ dân phố Liên Hiệp 1A đến đường Nguyễn Công Phương; vận động tháo dỡ phần lấn chiếm mương.",
					"30/4/2025"),
			List.of("3", "Công chức Văn hóa - Xã hội",
					"Lập danh sách đề nghị cấp thẻ bảo hiểm y tế cho người thuộc hộ vừa thoát cận nghèo.", "31/3/2025"),
			List.of("4", "Công an phường",
					"Chủ trì tổ kiểm tra liên ngành lập lại trật tự vỉa hè đường Hai Bà Trưng; tuần tra hẻm 45 đường Phan Đình Phùng từ 19 giờ đến 23 giờ.",
					"30/4/2025"),
			List.of("5", "Văn phòng HĐND và UBND phường",
					"Chuyển kiến nghị về bồi thường dự án đường tránh phía Đông đến Ban quản lý dự án đầu tư xây dựng tỉnh và Sở Nông nghiệp và Môi trường; báo cho người có kiến nghị.",
					"27/3/2025"),
			List.of("6", "Bộ phận một cửa",
					"Ghi rõ lý do và hướng dẫn đầy đủ một lần khi trả lại hồ sơ trực tuyến; niêm yết hướng dẫn đính kèm giấy tờ.",
					"04/4/2025"));

}
