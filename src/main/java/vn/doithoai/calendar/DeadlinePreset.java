package vn.doithoai.calendar;

import java.util.List;

import static vn.doithoai.calendar.DeadlineDirection.AFTER;
import static vn.doithoai.calendar.DeadlineDirection.BEFORE;
import static vn.doithoai.calendar.DeadlineUnit.CALENDAR_DAYS;
import static vn.doithoai.calendar.DeadlineUnit.WORKING_DAYS;

/**
 * The sets of deadline rules a secretary starts from, each taken from a text that imposes
 * it (DOMAIN §1). The rule names and sources are the texts' own words.
 */
enum DeadlinePreset {

	/** Quảng Ngãi, Quyết định 29/2022/QĐ-UBND, as seed 000 applies it. */
	QUANG_NGAI_29_2022(List.of(
			rule(DeadlinePurpose.NOTICE, "Phát hành thông báo thời gian, địa điểm đối thoại", 7, WORKING_DAYS, BEFORE,
					Sources.QD_29_2022),
			rule(DeadlinePurpose.CONCLUSION, "Ban hành Thông báo kết luận buổi đối thoại", 7, WORKING_DAYS, AFTER,
					Sources.QD_29_2022),
			rule(DeadlinePurpose.RESULTS_PUBLISHED, "Công khai kết quả đối thoại", 10, CALENDAR_DAYS, AFTER,
					Sources.LAW_72_2025))),

	/** The minimum of Luật Tổ chức chính quyền địa phương 2025, Điều 43. */
	LAW_72_2025_MINIMUM(List.of(
			rule(DeadlinePurpose.NOTICE, "Thông báo về hội nghị đối thoại", 7, CALENDAR_DAYS, BEFORE,
					Sources.LAW_72_2025),
			rule(DeadlinePurpose.RESULTS_PUBLISHED, "Công khai kết quả đối thoại", 10, CALENDAR_DAYS, AFTER,
					Sources.LAW_72_2025))),

	/** The dialogue on administrative procedures of seed 004. */
	PROCEDURES_SEED_004(List.of(
			rule(DeadlinePurpose.NOTICE, "Thông báo về hội nghị đối thoại", 7, CALENDAR_DAYS, BEFORE,
					Sources.LAW_72_2025),
			rule(DeadlinePurpose.AREA_QUESTIONS, "Tổ trưởng tổ dân phố báo cáo ý kiến, kiến nghị đã tổng hợp", 5,
					CALENDAR_DAYS, BEFORE, Sources.SEED_004),
			rule(DeadlinePurpose.PREPARED_ANSWERS, "Cơ quan, đơn vị báo cáo nội dung trả lời", 5, WORKING_DAYS, BEFORE,
					Sources.SEED_004),
			rule(DeadlinePurpose.MINUTES, "Hoàn thiện Biên bản, Báo cáo kết quả đối thoại", 5, WORKING_DAYS, AFTER,
					Sources.SEED_004),
			rule(DeadlinePurpose.WRITTEN_ANSWER, "Bộ phận chuyên môn trả lời bằng văn bản", 10, WORKING_DAYS, AFTER,
					Sources.SEED_004),
			rule(DeadlinePurpose.RESULTS_PUBLISHED, "Công khai kết quả đối thoại", 10, CALENDAR_DAYS, AFTER,
					Sources.LAW_72_2025),
			rule(DeadlinePurpose.FORWARDING, "Chuyển phản ánh, kiến nghị không thuộc thẩm quyền", 5, WORKING_DAYS,
					AFTER, Sources.ND_20_2008)));

	private final List<Template> rules;

	DeadlinePreset(List<Template> rules) {
		this.rules = rules;
	}

	List<Template> rules() {
		return this.rules;
	}

	private static Template rule(DeadlinePurpose purpose, String name, int count, DeadlineUnit unit,
			DeadlineDirection direction, String source) {
		return new Template(purpose, name, new DeadlineTerm(count, unit, direction), source);
	}

	/** A rule of a preset, before it belongs to a commune. */
	record Template(DeadlinePurpose purpose, String name, DeadlineTerm term, String legalSource) {
	}

	/** The texts the presets cite. */
	static final class Sources {

		static final String LAW_72_2025 = "Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15), Điều 43";

		static final String QD_29_2022 = "Quyết định 29/2022/QĐ-UBND ngày 04/8/2022 của UBND tỉnh Quảng Ngãi";

		static final String ND_20_2008 = "Nghị định 20/2008/NĐ-CP (đã sửa đổi, bổ sung) về tiếp nhận, xử lý phản ánh, kiến nghị";

		static final String SEED_004 = "Kế hoạch đối thoại về TTHC năm 2025 của UBND thị trấn Chi Đông";

		private Sources() {
		}

	}

}
