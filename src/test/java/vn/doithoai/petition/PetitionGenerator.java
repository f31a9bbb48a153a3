package vn.doithoai.petition;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import vn.doithoai.text.VietnameseText;

/**
 * Realistic Vietnamese petitions for tests and benchmarks: Vietnamese names, addresses in
 * the commune's areas, questions built from per-field phrase pools (land, building,
 * environment, social policy …) with their own numbers, streets and places, a life cycle
 * that depends on age (recent ones open, old ones closed), departments, due dates and
 * published answers. The same seed gives the same petitions.
 * <p>
 * Rows are written with PostgreSQL {@code COPY}, with the search text folded exactly as
 * {@link PetitionRepository} folds it (the same method computes it).
 */
final class PetitionGenerator {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String COPY = """
			copy petition (commune_id, conference_id, tracking_code, channel, state, full_name, phone, email, address,
			    area_code, field_code, content, proxy_author, received_at, department_id, due_date, decision_note,
			    forwarded_to, answer, answer_state, answer_comment, public_question, answer_published_at, search_text,
			    public_search_text)
			from stdin with (format csv)
			""";

	/** Rows sent to the server per write. */
	private static final int BATCH = 2000;

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Tạ", "Cao", "Châu",
			"Đoàn", "Lương", "Thái", "Kiều", "Tô" };

	/** How often each family name is drawn, per mille (Nguyễn is about four in ten). */
	private static final int[] FAMILY_WEIGHT = { 380, 110, 95, 70, 30, 25, 45, 20, 19, 21, 20, 14, 13, 13, 10, 5, 8, 8,
			6, 6, 4, 5, 4, 6, 4, 4, 3, 3 };

	private static final String[] MIDDLE_MALE = { "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc",
			"Đình", "Quang", "Tấn", "Trọng", "Anh", "Bá" };

	private static final String[] MIDDLE_FEMALE = { "Thị", "Thị", "Thị", "Ngọc", "Thu", "Hồng", "Kim", "Thanh", "Mỹ",
			"Phương", "Bích", "Thúy", "Minh", "Hoài" };

	private static final String[] GIVEN_MALE = { "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hòa", "Hùng",
			"Huy", "Khánh", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng",
			"Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Tùng", "Hưng", "Lâm", "Thọ", "Tám", "Chiến" };

	private static final String[] GIVEN_FEMALE = { "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền",
			"Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phượng", "Quyên", "Tâm", "Thảo",
			"Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến", "Hồng", "Lệ", "Sương", "Hoà" };

	private static final String[] STREETS = { "Lê Lợi", "Nguyễn Trãi", "Hùng Vương", "Quang Trung", "Trần Hưng Đạo",
			"Phan Đình Phùng", "Lý Thường Kiệt", "Hai Bà Trưng", "Nguyễn Huệ", "Bà Triệu", "Trường Chinh",
			"Lê Thánh Tông", "Nguyễn Công Phương", "Phạm Văn Đồng", "Võ Nguyên Giáp", "Chu Văn An", "Tô Hiến Thành",
			"Nguyễn Du", "Trần Phú", "Lê Trung Đình", "Bùi Thị Xuân", "Nguyễn Nghiêm", "Huỳnh Thúc Kháng",
			"Phan Bội Châu", "Lê Hữu Trác", "Trần Quang Khải", "Ngô Quyền", "Đinh Tiên Hoàng", "Cao Bá Quát",
			"liên thôn số 3", "ĐH 12", "bê tông Gò Đình", "ven sông Bàu Giang", "Xóm Mới" };

	private static final String[] CANALS = { "N2", "Bàu Sen", "Thạch Nham", "An Thổ", "Ông Bình", "Cầu Đỏ", "Đồng Nhà",
			"Bàu Cả", "Gò Mít", "Hố Sâu", "B7", "Lò Gạch" };

	private static final String[] BRIDGES = { "Bàu Giang", "Ông Tám", "Suối Đá", "Kênh Ngang", "Máng", "Gò Sỏi",
			"Xóm Đình", "Phú Lộc" };

	private static final String[] PLACES = { "xóm Bàu", "khu vực chợ cũ", "khu dân cư Gò Cây Sung", "cánh đồng Gò Mít",
			"khu tái định cư phía Bắc", "xóm Trại", "khu vực nghĩa địa cũ", "bãi bồi ven sông", "khu dân cư Đồng Le",
			"xóm Chài", "khu vực Hố Bà Trà", "dốc Ông Đề" };

	private static final String[] PROJECTS = { "đường vành đai phía Bắc", "mở rộng Quốc lộ 24B",
			"khu dân cư Nam Lê Lợi", "khu công nghiệp Tịnh Phong mở rộng", "trạm biến áp 110kV",
			"kè chống sạt lở bờ sông", "công viên trung tâm", "trường THCS mới", "nâng cấp đường ĐT 623" };

	private static final String[] SCHOOLS = { "Tiểu học Kim Đồng", "THCS Nguyễn Nghiêm", "Mầm non Hoa Sen",
			"Tiểu học số 2", "THCS Lê Khiết", "Mầm non Sơn Ca", "Tiểu học Trần Quốc Toản" };

	private static final String[] MARKETS = { "Cây Sung", "Chiều", "Mới", "Đồng Dinh", "Bàu Giang", "Phú Thọ" };

	private static final String[] WORKSHOPS = { "cơ khí", "mộc", "đá xây dựng", "bún tươi", "nước đá", "tái chế nhựa",
			"gạch không nung", "ván ép" };

	private static final String[] TEMPLES = { "Phú Nhơn", "An Vĩnh", "Thu Xà", "Cổ Lũy", "Tân Hội" };

	private static final String[] OPENINGS = { "", "", "", "Tôi là người dân sinh sống tại {area}.",
			"Gia đình tôi cư trú tại {area} đã nhiều năm nay.", "Thay mặt các hộ dân {area}, tôi xin phản ánh như sau.",
			"Cử tri {area} kiến nghị:", "Kính gửi Ủy ban nhân dân và các ngành chức năng.",
			"Tôi xin trình bày sự việc như sau." };

	private static final String[] DETAILS = { "", "", "Việc này đã kéo dài từ năm {oldYear}.",
			"Người dân đã phản ánh tại hội nghị tiếp xúc cử tri năm {year} nhưng chưa được giải quyết.",
			"Hiện nay có khoảng {households} hộ dân bị ảnh hưởng.",
			"Tôi đã gửi đơn đến Ủy ban nhân dân ngày {day} nhưng chưa nhận được trả lời.",
			"Trưởng thôn đã nắm được sự việc và báo cáo lên trên.", "Đây là nguyện vọng chính đáng của nhiều hộ dân." };

	private static final String[] CLOSINGS = { "", "Đề nghị Ủy ban nhân dân sớm xem xét, giải quyết.",
			"Kính mong chính quyền quan tâm, trả lời cho người dân được biết.",
			"Đề nghị cho biết thời gian cụ thể để người dân yên tâm.", "Xin chân thành cảm ơn.",
			"Người dân đã kiến nghị nhiều lần nhưng chưa được trả lời thỏa đáng." };

	/** What citizens ask, per field: the core sentence of a petition. */
	static final Map<String, String[]> SUBJECTS = Map.ofEntries(Map.entry("DAT_DAI", new String[] {
			"Đề nghị xem xét cấp giấy chứng nhận quyền sử dụng đất cho thửa đất số {parcel}, tờ bản đồ số {sheet} mà gia đình tôi sử dụng ổn định từ năm {oldYear}.",
			"Hồ sơ đăng ký biến động đất đai (tách thửa) nộp tại bộ phận một cửa từ tháng {month}/{year} đến nay vẫn chưa được giải quyết.",
			"Đề nghị kiểm tra việc hộ liền kề lấn chiếm ranh giới đất, xây tường rào sang phần đất của gia đình tôi khoảng {area2} m².",
			"Xin được chuyển mục đích sử dụng đất từ đất trồng cây lâu năm sang đất ở đối với diện tích {area2} m².",
			"Đề nghị cho biết quy hoạch sử dụng đất tại {place} để người dân yên tâm xây dựng nhà ở.",
			"Diện tích đất ghi trong sổ đỏ không khớp với diện tích đo đạc thực tế, đề nghị đo đạc, chỉnh lý bản đồ địa chính thửa đất số {parcel}.",
			"Đề nghị giải quyết tranh chấp đất đai giữa gia đình tôi và hộ {person} đã kéo dài nhiều năm.",
			"Đề nghị xem xét miễn, giảm tiền sử dụng đất khi cấp giấy chứng nhận cho hộ nghèo.",
			"Khu đất công tại {place} bị một số hộ lấn chiếm trồng cây, dựng lều quán, đề nghị thu hồi.",
			"Thủ tục thừa kế quyền sử dụng đất của cha mẹ để lại cần những giấy tờ gì, nộp ở đâu?",
			"Đề nghị cấp đổi giấy chứng nhận quyền sử dụng đất bị rách, mờ số hiệu thửa đất." }),
			Map.entry("XAY_DUNG", new String[] {
					"Công trình nhà ở tại số {number} đường {street} xây dựng vượt số tầng được cấp phép, gây lún nứt nhà liền kề.",
					"Đề nghị hướng dẫn thủ tục xin cấp giấy phép xây dựng nhà ở riêng lẻ trên đất đã chuyển mục đích.",
					"Nhiều hộ kinh doanh lấn chiếm vỉa hè đường {street} để bán hàng, dựng mái che, gây mất mỹ quan đô thị.",
					"Công trình xây dựng trái phép trên hành lang kênh {canal} chưa bị xử lý dứt điểm.",
					"Vật liệu xây dựng tập kết trên lòng đường {street} nhiều ngày gây cản trở giao thông.",
					"Đề nghị kiểm tra trật tự xây dựng tại {place}, nhiều nhà cơi nới không phép.",
					"Nhà văn hóa {area} xuống cấp, mái dột, tường nứt, đề nghị đầu tư sửa chữa." }),
			Map.entry("BOI_THUONG", new String[] {
					"Dự án {project} thu hồi {area2} m² đất nông nghiệp của gia đình tôi nhưng đơn giá bồi thường thấp hơn giá thị trường.",
					"Đề nghị bố trí tái định cư cho các hộ bị thu hồi đất ở tại dự án {project}.",
					"Tiền hỗ trợ chuyển đổi nghề nghiệp khi thu hồi đất chưa được chi trả dù đã có quyết định từ năm {year}.",
					"Đề nghị công khai phương án bồi thường, hỗ trợ, tái định cư của dự án {project} để người dân được biết.",
					"Cây trồng, vật kiến trúc trên đất bị thu hồi cho dự án {project} chưa được kiểm đếm đầy đủ." }),
			Map.entry("NGUOI_CO_CONG", new String[] {
					"Cha tôi tham gia kháng chiến, bị nhiễm chất độc hóa học, đề nghị xem xét hồ sơ hưởng chế độ người có công.",
					"Đề nghị hướng dẫn thủ tục xác nhận liệt sĩ cho ông {person} hy sinh năm {oldYear}.",
					"Gia đình người có công gặp khó khăn về nhà ở, đề nghị hỗ trợ xây sửa nhà theo chính sách.",
					"Trợ cấp thờ cúng liệt sĩ năm {year} của gia đình tôi chưa được chi trả.",
					"Đề nghị điều chỉnh trợ cấp hàng tháng cho thương binh, bệnh binh theo mức chuẩn mới.",
					"Đề nghị tu bổ nghĩa trang liệt sĩ trước ngày 27 tháng 7." }),
			Map.entry("BAO_TRO_XA_HOI", new String[] {
					"Mẹ tôi năm nay {age} tuổi, đề nghị làm hồ sơ hưởng trợ cấp xã hội hàng tháng cho người cao tuổi.",
					"Gia đình tôi thuộc diện cận nghèo nhưng năm {year} không có tên trong danh sách rà soát, đề nghị kiểm tra lại.",
					"Đề nghị cấp thẻ bảo hiểm y tế cho người khuyết tật nặng trong gia đình.",
					"Trợ cấp hàng tháng cho người khuyết tật bị chậm chi trả {months} tháng.",
					"Đề nghị hỗ trợ gạo cứu đói cho các hộ bị ảnh hưởng bởi bão lũ năm {year}.",
					"Việc bình xét hộ nghèo ở {area} chưa công khai, minh bạch." }),
			Map.entry("TTHC", new String[] {
					"Thủ tục chứng thực bản sao tại bộ phận một cửa phải chờ lâu, đề nghị bố trí thêm người tiếp nhận.",
					"Đề nghị hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia cho người cao tuổi.",
					"Hồ sơ đăng ký khai sinh, thường trú cho con nộp từ ngày {day} nhưng bị trả lại nhiều lần, mỗi lần yêu cầu bổ sung một loại giấy tờ khác.",
					"Đề nghị niêm yết công khai phí, lệ phí các thủ tục hành chính tại trụ sở.",
					"Cán bộ tiếp nhận hồ sơ yêu cầu nộp giấy tờ không có trong quy định.",
					"Đề nghị cho biết vì sao thẻ căn cước làm từ tháng {month}/{year} đến nay chưa nhận được." }),
			Map.entry("MOI_TRUONG", new String[] {
					"Cơ sở chăn nuôi heo của hộ {person} gây mùi hôi thối, nước thải chảy ra mương {canal}, ảnh hưởng đến đời sống người dân.",
					"Rác thải sinh hoạt tại {place} không được thu gom thường xuyên, bốc mùi, ruồi muỗi nhiều.",
					"Xưởng {workshop} trong khu dân cư hoạt động ban đêm gây tiếng ồn và khói bụi.",
					"Đề nghị nạo vét kênh {canal} bị ô nhiễm, ứ đọng nước thải.",
					"Tình trạng đổ trộm phế thải xây dựng ven đường {street} diễn ra thường xuyên.",
					"Đề nghị bố trí thêm thùng rác và tăng tần suất thu gom rác tại chợ {market}.",
					"Việc đốt rơm rạ sau thu hoạch gây khói mù ảnh hưởng sức khỏe người dân.",
					"Nước giếng khoan có mùi phèn, đề nghị đầu tư hệ thống cấp nước sạch cho {area}." }),
			Map.entry("GIAO_THONG", new String[] {
					"Tuyến đường {street} đoạn qua {area} xuống cấp, nhiều ổ gà, trời mưa lầy lội, đề nghị sớm sửa chữa.",
					"Đề nghị lắp đặt đèn chiếu sáng cho đường {street} vì buổi tối rất tối, mất an toàn.",
					"Cầu {bridge} bị hư hỏng lan can, đề nghị gia cố trước mùa mưa lũ.",
					"Đề nghị lắp biển báo giảm tốc độ và gờ giảm tốc trước cổng trường {school}.",
					"Xe tải trọng lớn chở vật liệu chạy qua đường liên thôn làm hư hỏng mặt đường.",
					"Đề nghị bê tông hóa đường ngõ xóm ở {area}, người dân sẵn sàng đóng góp ngày công.",
					"Hệ thống thoát nước dọc đường {street} bị tắc, mỗi lần mưa lớn là ngập úng." }),
			Map.entry("AN_NINH", new String[] {
					"Tình trạng thanh thiếu niên tụ tập, đua xe trái phép trên đường {street} vào ban đêm.",
					"Đề nghị tăng cường tuần tra vì thời gian qua xảy ra nhiều vụ trộm cắp tài sản, xe máy tại {area}.",
					"Một số điểm kinh doanh karaoke hoạt động quá giờ, gây mất trật tự khu dân cư.",
					"Đề nghị lắp đặt camera an ninh tại các ngã ba, ngã tư của {area}.",
					"Tình trạng cho vay nặng lãi, đòi nợ thuê có dấu hiệu phức tạp.",
					"Đề nghị xử lý việc nuôi chó thả rông, không rọ mõm gây nguy hiểm cho trẻ em." }),
			Map.entry("Y_TE",
					new String[] { "Trạm y tế thiếu thuốc điều trị bệnh mãn tính cho người có thẻ bảo hiểm y tế.",
							"Đề nghị tổ chức phun thuốc diệt muỗi phòng chống sốt xuất huyết tại {area}.",
							"Đề nghị kiểm tra an toàn vệ sinh thực phẩm các quán ăn quanh trường {school}.",
							"Người dân mong được khám sức khỏe định kỳ miễn phí cho người cao tuổi." }),
			Map.entry("GIAO_DUC",
					new String[] { "Trường {school} thiếu phòng học, học sinh phải học hai ca.",
							"Đề nghị làm rõ các khoản thu đầu năm học tại trường {school}.",
							"Đề nghị bố trí người hướng dẫn học sinh qua đường {street} giờ tan trường.",
							"Chế độ miễn giảm học phí cho con hộ nghèo năm học {year} chưa được thực hiện." }),
			Map.entry("VAN_HOA",
					new String[] { "Loa truyền thanh ở {area} phát quá to vào sáng sớm, đề nghị điều chỉnh giờ phát.",
							"Đề nghị đầu tư sân chơi, thiết bị thể dục thể thao cho thiếu nhi tại {area}.",
							"Việc tổ chức đám cưới, đám tang kéo dài, dựng rạp chiếm lòng đường {street}.",
							"Đề nghị tu bổ đình làng {temple} đã xuống cấp." }),
			Map.entry("KINH_TE",
					new String[] { "Giá phân bón tăng cao, đề nghị hỗ trợ giống, vật tư nông nghiệp cho nông dân.",
							"Đề nghị nạo vét kênh mương nội đồng {canal} để phục vụ tưới tiêu vụ đông xuân.",
							"Hỗ trợ thiệt hại cây trồng do thiên tai năm {year} chưa được chi trả.",
							"Đề nghị hỗ trợ vốn vay ưu đãi để phát triển sản xuất, chăn nuôi.",
							"Chợ {market} xuống cấp, đề nghị đầu tư sửa chữa mái che cho tiểu thương." }),
			Map.entry("CAN_BO",
					new String[] { "Thái độ tiếp dân của một số cán bộ tại bộ phận một cửa chưa đúng mực.",
							"Đề nghị công khai kết quả xử lý các kiến nghị của cử tri kỳ trước.",
							"Cán bộ địa chính hẹn nhiều lần nhưng không đến đo đạc như đã hẹn." }),
			Map.entry("KHAC",
					new String[] { "Đề nghị cho biết kế hoạch tổ chức hội nghị đối thoại năm {year}.",
							"Đề nghị lắp đặt wifi miễn phí tại nhà văn hóa {area}.",
							"Người dân mong muốn được thông báo sớm lịch cắt điện, cắt nước." }));

	/** What citizens add to their question, per field: the circumstances. */
	private static final Map<String, String[]> FACTS = Map.of("DAT_DAI", new String[] {
			"Thửa đất có nguồn gốc do ông bà khai hoang để lại, gia đình đã nộp thuế sử dụng đất đầy đủ hằng năm.",
			"Cán bộ địa chính đã xuống đo đạc, xác minh nguồn gốc đất nhưng chưa có kết luận.",
			"Trên đất hiện có nhà cấp bốn và vườn cây ăn quả, không có tranh chấp với ai.",
			"Gia đình cần giấy chứng nhận để thế chấp vay vốn ngân hàng làm ăn." }, "XAY_DUNG",
			new String[] { "Gia đình tôi đã nhiều lần báo trưởng tổ dân phố nhưng công trình vẫn tiếp tục thi công.",
					"Tường nhà tôi đã xuất hiện nhiều vết nứt dài, trần nhà bị thấm nước." },
			"MOI_TRUONG",
			new String[] { "Mùi hôi nồng nặc nhất vào buổi chiều tối, trẻ em và người già bị ảnh hưởng sức khỏe.",
					"Người dân đã thu thập hình ảnh, video gửi kèm đơn này.",
					"Nước thải màu đen chảy tràn ra đồng ruộng làm lúa chết." },
			"GIAO_THONG",
			new String[] {
					"Đã có nhiều vụ tai nạn giao thông xảy ra tại đoạn đường này, gần nhất vào tháng {month} năm {year}.",
					"Học sinh đi học hằng ngày rất nguy hiểm, nhất là vào mùa mưa." },
			"BAO_TRO_XA_HOI",
			new String[] { "Hoàn cảnh gia đình rất khó khăn, không có lương hưu, con cái đi làm ăn xa.",
					"Hồ sơ đã nộp cho cán bộ văn hóa – xã hội nhưng chưa được xét." },
			"BOI_THUONG", new String[] { "Gia đình đã bàn giao mặt bằng đúng tiến độ để thi công dự án.",
					"Giá đất bồi thường chỉ bằng một nửa giá chuyển nhượng thực tế trong khu vực." });

	/** How answers begin, per field; a field without its own uses the general ones. */
	private static final Map<String, String[]> ANSWERS = Map.of("DAT_DAI", new String[] {
			"Ủy ban nhân dân đã giao công chức địa chính kiểm tra hồ sơ thửa đất số {parcel}, tờ bản đồ số {sheet}. Hồ sơ đủ điều kiện, đã chuyển Văn phòng đăng ký đất đai thẩm định; dự kiến cấp giấy chứng nhận trong tháng {month}/{year}.",
			"Qua đối chiếu bản đồ địa chính, ranh giới thửa đất đã được xác định lại tại thực địa với sự chứng kiến của các hộ liền kề. Trường hợp còn tranh chấp, Ủy ban nhân dân sẽ tổ chức hòa giải theo quy định của Luật Đất đai.",
			"Theo quy hoạch sử dụng đất được phê duyệt, khu vực này là đất ở đô thị; người dân được xây dựng nhà ở khi có giấy phép." },
			"MOI_TRUONG",
			new String[] {
					"Ủy ban nhân dân đã kiểm tra cơ sở, lập biên bản vi phạm về bảo vệ môi trường và yêu cầu khắc phục trong 30 ngày; sau thời hạn này sẽ kiểm tra lại và xử phạt nếu tái phạm.",
					"Đơn vị thu gom đã tăng tần suất thu gom rác lên hằng ngày từ tháng {month}/{year}; đề nghị người dân bỏ rác đúng giờ, đúng nơi quy định." },
			"GIAO_THONG",
			new String[] {
					"Tuyến đường đã được đưa vào kế hoạch duy tu, sửa chữa năm {year} với kinh phí từ ngân sách; trước mắt đơn vị quản lý sẽ vá ổ gà trong tháng {month}.",
					"Ủy ban nhân dân đã đề nghị đơn vị quản lý lắp đặt biển báo và gờ giảm tốc; dự kiến hoàn thành trước năm học mới." },
			"BAO_TRO_XA_HOI",
			new String[] {
					"Hồ sơ đủ điều kiện hưởng trợ cấp xã hội hàng tháng; Ủy ban nhân dân đã ban hành quyết định, chi trả từ tháng {month}/{year} qua bưu điện.",
					"Việc rà soát hộ nghèo, cận nghèo được thực hiện công khai tại thôn; gia đình có thể đề nghị phúc tra trong thời hạn niêm yết." });

	private static final String[] GENERAL_ANSWERS = {
			"Ủy ban nhân dân đã tiếp thu ý kiến, giao bộ phận chuyên môn kiểm tra thực tế và xử lý theo thẩm quyền; kết quả sẽ được thông báo đến người dân trong tháng {month}/{year}.",
			"Nội dung kiến nghị đã được xem xét; Ủy ban nhân dân sẽ bố trí kinh phí thực hiện trong kế hoạch năm {year}.",
			"Sau khi kiểm tra, Ủy ban nhân dân đã chỉ đạo khắc phục; đề nghị người dân tiếp tục phản ánh nếu tình trạng tái diễn." };

	/** The fields and how often each is asked about, per mille. */
	static final String[] FIELD_CODES = { "DAT_DAI", "XAY_DUNG", "BOI_THUONG", "NGUOI_CO_CONG", "BAO_TRO_XA_HOI",
			"TTHC", "MOI_TRUONG", "GIAO_THONG", "AN_NINH", "Y_TE", "GIAO_DUC", "VAN_HOA", "KINH_TE", "CAN_BO", "KHAC" };

	private static final int[] FIELD_WEIGHT = { 220, 100, 80, 60, 80, 60, 100, 100, 60, 40, 40, 20, 20, 10, 10 };

	private static final Channel[] CHANNELS = { Channel.ONLINE, Channel.PAPER, Channel.AREA_HEAD, Channel.FRONT,
			Channel.PHONE, Channel.EMAIL };

	private static final int[] CHANNEL_WEIGHT = { 35, 20, 20, 10, 10, 5 };

	private final SplittableRandom random;

	private final Instant now;

	/** Where the tracking codes' sequence starts, and its step (coprime with 23^8). */
	private long codeState;

	private static final long CODE_SPACE = 78_310_985_281L;

	private static final long CODE_STEP = 48_271L * 7919L;

	PetitionGenerator(long seed, Instant now) {
		this.random = new SplittableRandom(seed);
		this.now = now;
		this.codeState = Math.floorMod(seed * 0x9E3779B97F4A7C15L, CODE_SPACE);
	}

	/**
	 * Where the petitions go: a commune with its areas (code → name), departments and
	 * conferences.
	 */
	record Target(long communeId, List<Map.Entry<String, String>> areas, List<Long> departmentIds,
			List<Long> conferenceIds) {
	}

	/**
	 * The next petition for the target, received within {@code years} before now; its id
	 * is null.
	 */
	Petition next(Target target, int years) {
		return next(target, this.now.minusSeconds(age(years)));
	}

	/** The next petition for the target, received at the given time; its id is null. */
	Petition next(Target target, Instant received) {
		SplittableRandom r = this.random;
		long ageSeconds = Math.max(0, this.now.getEpochSecond() - received.getEpochSecond());
		String field = pick(FIELD_CODES, FIELD_WEIGHT);
		Map.Entry<String, String> area = target.areas().isEmpty() ? Map.entry("", "khu dân cư")
				: target.areas().get(r.nextInt(target.areas().size()));
		boolean male = r.nextBoolean();
		String fullName = pick(FAMILY, FAMILY_WEIGHT) + " " + (male ? pick(MIDDLE_MALE) : pick(MIDDLE_FEMALE)) + " "
				+ (male ? pick(GIVEN_MALE) : pick(GIVEN_FEMALE));
		String subjectPhrase = pick(SUBJECTS.get(field));
		long seed = r.nextLong();
		String subject = fill(subjectPhrase, area.getValue(), received, new SplittableRandom(seed), false);
		String[] facts = FACTS.get(field);
		String content = join(fill(pick(OPENINGS), area.getValue(), received, r, false), subject,
				(facts != null && r.nextInt(3) > 0) ? fill(pick(facts), area.getValue(), received, r, false) : "",
				fill(pick(DETAILS), area.getValue(), received, r, false),
				(r.nextInt(4) == 0) ? fill(pick(DETAILS), area.getValue(), received, r, false) : "",
				fill(pick(CLOSINGS), area.getValue(), received, r, false));
		Channel channel = pick(CHANNELS, CHANNEL_WEIGHT);
		String proxy = switch (channel) {
			case AREA_HEAD -> "Trưởng " + area.getValue();
			case FRONT -> "Ban Công tác Mặt trận " + area.getValue();
			default -> null;
		};
		String phone = (r.nextInt(10) < 7) ? "09" + (10_000_000 + r.nextInt(90_000_000)) : null;
		String email = (r.nextInt(10) < 2)
				? VietnameseText.fold(fullName).replace(" ", "") + r.nextInt(1000) + "@gmail.com" : null;
		String address = "Số " + (1 + r.nextInt(350)) + " đường " + pick(STREETS) + ", " + area.getValue();
		PetitionState state = state(ageSeconds / 86_400);
		boolean classified = state != PetitionState.RECEIVED || r.nextBoolean();
		boolean assigned = switch (state) {
			case ASSIGNED, ANSWER_PREPARED, ANSWERED, DIRECTED, REPLIED, CLOSED, REOPENED -> true;
			default -> false;
		};
		Long department = (assigned && !target.departmentIds().isEmpty())
				? target.departmentIds().get(Math.floorMod(field.hashCode(), target.departmentIds().size())) : null;
		LocalDate due = assigned ? received.atZone(ZONE).toLocalDate().plusDays(15 + r.nextInt(16)) : null;
		Petition.Answer answer = answer(state, field, received, r);
		boolean published = answer != null && answer.state() == AnswerState.APPROVED && r.nextInt(100) < 45;
		Instant publishedAt = published ? min(received.plus(Duration.ofDays(20 + r.nextInt(40))), this.now) : null;
		String publicQuestion = published ? "Cử tri " + area.getValue() + " hỏi: "
				+ fill(subjectPhrase, area.getValue(), received, new SplittableRandom(seed), true) : null;
		Long conference = (!target.conferenceIds().isEmpty() && r.nextInt(10) < 6)
				? target.conferenceIds().get(r.nextInt(target.conferenceIds().size())) : null;
		String decisionNote = switch (state) {
			case REJECTED -> "Nội dung không thuộc phạm vi đối thoại.";
			case OFF_TOPIC -> "Sẽ trả lời bằng văn bản.";
			case COMPLAINT -> "Chuyển xử lý theo thủ tục khiếu nại.";
			case FORWARDED -> "Thuộc thẩm quyền cấp tỉnh.";
			case MERGED -> "Trùng nội dung với kiến nghị khác.";
			default -> null;
		};
		String forwardedTo = (state == PetitionState.FORWARDED) ? "Sở Nông nghiệp và Môi trường" : null;
		return new Petition(null, target.communeId(), conference, nextCode(), channel,
				new Petition.Author(fullName, phone, email, address, area.getKey().isEmpty() ? null : area.getKey()),
				content, proxy, received, state, classified ? field : null, department, due, decisionNote, null,
				forwardedTo, answer, publicQuestion, publishedAt, Petition.ConferenceRecord.NONE, 0);
	}

	/**
	 * Writes {@code count} petitions for the target with {@code COPY}; returns how many
	 * were written.
	 */
	long copy(Connection connection, Target target, int count, int years) throws SQLException {
		return copy(connection, List.of(target), new double[] { 1 }, count, years);
	}

	/**
	 * Writes {@code count} petitions spread over the targets by their shares, oldest
	 * first, as the application stores them: one after the other as they are received, so
	 * that the table is in the order of time as a real one is.
	 */
	long copy(Connection connection, List<Target> targets, double[] shares, int count, int years) throws SQLException {
		long[] ages = new long[count];
		for (int i = 0; i < count; i++) {
			ages[i] = age(years);
		}
		Arrays.sort(ages);
		double total = Arrays.stream(shares).sum();
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
		try {
			StringBuilder rows = new StringBuilder(BATCH * 1200);
			for (int i = 0; i < count; i++) {
				double roll = this.random.nextDouble() * total;
				int t = 0;
				while (t < targets.size() - 1 && roll >= shares[t]) {
					roll -= shares[t];
					t++;
				}
				appendRow(rows, next(targets.get(t), this.now.minusSeconds(ages[count - 1 - i])));
				if ((i + 1) % BATCH == 0 || i == count - 1) {
					byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
					copy.writeToCopy(bytes, 0, bytes.length);
					rows.setLength(0);
				}
			}
			return copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	/** How long ago a petition came, in seconds: more in recent years, as use grows. */
	private long age(int years) {
		return (long) (Math.pow(this.random.nextDouble(), 1.6) * years * 365.25 * 86_400);
	}

	private static void appendRow(StringBuilder row, Petition p) {
		Petition.Author a = p.author();
		Petition.Answer answer = p.answer();
		csv(row, p.communeId());
		csv(row, p.conferenceId());
		csv(row, p.trackingCode());
		csv(row, p.channel().name());
		csv(row, p.state().name());
		csv(row, a.fullName());
		csv(row, a.phone());
		csv(row, a.email());
		csv(row, a.address());
		csv(row, a.areaCode());
		csv(row, p.fieldCode());
		csv(row, p.content());
		csv(row, p.proxyAuthor());
		csv(row, p.receivedAt());
		csv(row, p.departmentId());
		csv(row, p.dueDate());
		csv(row, p.decisionNote());
		csv(row, p.forwardedTo());
		csv(row, (answer != null) ? answer.text() : null);
		csv(row, (answer != null) ? answer.state().name() : null);
		csv(row, (answer != null) ? answer.comment() : null);
		csv(row, p.publicQuestion());
		csv(row, p.answerPublishedAt());
		csv(row, PetitionRepository.searchText(p));
		csv(row, PetitionSearch.publicSearchText(p));
		row.setCharAt(row.length() - 1, '\n');
	}

	/** One CSV value and its comma: null unquoted and empty, text quoted. */
	private static void csv(StringBuilder row, Object value) {
		if (value != null) {
			row.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
		}
		row.append(',');
	}

	private PetitionState state(long ageDays) {
		int roll = this.random.nextInt(100);
		if (ageDays < 30) {
			return (roll < 35) ? PetitionState.RECEIVED
					: (roll < 55) ? PetitionState.ACCEPTED
							: (roll < 85) ? PetitionState.ASSIGNED : (roll < 95) ? PetitionState.ANSWER_PREPARED
									: (roll < 97) ? PetitionState.REJECTED : PetitionState.MERGED;
		}
		if (ageDays < 90) {
			return (roll < 15) ? PetitionState.ASSIGNED
					: (roll < 35) ? PetitionState.ANSWER_PREPARED
							: (roll < 70) ? PetitionState.ANSWERED
									: (roll < 80) ? PetitionState.DIRECTED
											: (roll < 85) ? PetitionState.REPLIED : (roll < 90)
													? PetitionState.FORWARDED
													: (roll < 95) ? PetitionState.OFF_TOPIC : PetitionState.MERGED;
		}
		return (roll < 55) ? PetitionState.CLOSED
				: (roll < 63) ? PetitionState.ANSWERED : (roll < 71) ? PetitionState.REPLIED
						: (roll < 75) ? PetitionState.DIRECTED : (roll < 81) ? PetitionState.REJECTED
								: (roll < 86) ? PetitionState.MERGED : (roll < 91) ? PetitionState.FORWARDED
										: (roll < 95) ? PetitionState.OFF_TOPIC : (roll < 98) ? PetitionState.COMPLAINT
												: (roll < 99) ? PetitionState.WITHDRAWN : PetitionState.REOPENED;
	}

	private Petition.Answer answer(PetitionState state, String field, Instant received, SplittableRandom r) {
		String text = fill(pick(ANSWERS.getOrDefault(field, GENERAL_ANSWERS)), "", received.plus(Duration.ofDays(30)),
				r, false);
		return switch (state) {
			case ANSWER_PREPARED, ANSWERED, DIRECTED, REPLIED, CLOSED, REOPENED ->
				new Petition.Answer(text, AnswerState.APPROVED, null);
			case ASSIGNED -> switch (r.nextInt(5)) {
				case 0, 1 -> new Petition.Answer(text, AnswerState.DRAFT, null);
				case 2 -> new Petition.Answer(text, AnswerState.SUBMITTED, null);
				default -> null;
			};
			default -> null;
		};
	}

	/**
	 * Fills a phrase's slots; {@code anonymous} leaves out the names of people, as staff
	 * do when they publish a question.
	 */
	private static String fill(String phrase, String area, Instant when, SplittableRandom r, boolean anonymous) {
		if (phrase.indexOf('{') < 0) {
			return phrase;
		}
		int year = when.atZone(ZONE).getYear();
		StringBuilder out = new StringBuilder(phrase.length() + 40);
		int i = 0;
		while (i < phrase.length()) {
			char c = phrase.charAt(i);
			int close = (c == '{') ? phrase.indexOf('}', i) : -1;
			if (close < 0) {
				out.append(c);
				i++;
				continue;
			}
			String slot = phrase.substring(i + 1, close);
			out.append(switch (slot) {
				case "area" -> area;
				case "parcel" -> String.valueOf(1 + r.nextInt(1500));
				case "sheet" -> String.valueOf(1 + r.nextInt(80));
				case "number" -> String.valueOf(1 + r.nextInt(350));
				case "area2" -> String.valueOf(20 + r.nextInt(2980));
				case "oldYear" -> String.valueOf(1975 + r.nextInt(41));
				case "year" -> String.valueOf(year - r.nextInt(2));
				case "month" -> String.valueOf(1 + r.nextInt(12));
				case "day" -> LocalDate.of(year, 1, 1).plusDays(r.nextInt(360)).format(DAY);
				case "households" -> String.valueOf(5 + r.nextInt(116));
				case "months" -> String.valueOf(2 + r.nextInt(7));
				case "age" -> String.valueOf(80 + r.nextInt(19));
				case "street" -> pick(STREETS, r);
				case "canal" -> pick(CANALS, r);
				case "bridge" -> pick(BRIDGES, r);
				case "place" -> pick(PLACES, r);
				case "project" -> pick(PROJECTS, r);
				case "school" -> pick(SCHOOLS, r);
				case "market" -> pick(MARKETS, r);
				case "workshop" -> pick(WORKSHOPS, r);
				case "temple" -> pick(TEMPLES, r);
				case "person" ->
					anonymous ? skipName(r) : pick(FAMILY, r) + " " + pick(MIDDLE_MALE, r) + " " + pick(GIVEN_MALE, r);
				default -> throw new IllegalArgumentException("No slot " + slot);
			});
			i = close + 1;
		}
		return out.toString();
	}

	/**
	 * Draws what a name would have drawn, so that the other slots get the same values.
	 */
	private static String skipName(SplittableRandom r) {
		pick(FAMILY, r);
		pick(MIDDLE_MALE, r);
		pick(GIVEN_MALE, r);
		return "một hộ dân";
	}

	private static String join(String... sentences) {
		StringBuilder text = new StringBuilder();
		for (String sentence : sentences) {
			if (!sentence.isEmpty()) {
				text.append(text.isEmpty() ? "" : " ").append(sentence);
			}
		}
		return text.toString();
	}

	private String nextCode() {
		this.codeState = (this.codeState + CODE_STEP) % CODE_SPACE;
		long value = this.codeState;
		char[] code = new char[9];
		for (int i = 8; i >= 0; i--) {
			if (i == 4) {
				code[i] = '-';
				continue;
			}
			code[i] = TrackingCodes.ALPHABET.charAt((int) (value % 23));
			value /= 23;
		}
		return new String(code);
	}

	private String pick(String[] values) {
		return pick(values, this.random);
	}

	private static String pick(String[] values, SplittableRandom r) {
		return values[r.nextInt(values.length)];
	}

	private <T> T pick(T[] values, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = this.random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
