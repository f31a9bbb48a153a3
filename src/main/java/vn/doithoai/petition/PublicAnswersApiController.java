package vn.doithoai.petition;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.FieldView;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;

/** The public search over a commune's published answers (DESIGN §7). */
@RestController
@Tag(name = "Ý kiến, kiến nghị")
class PublicAnswersApiController {

	/** Longer search text is refused: a search is a few words. */
	static final int MAX_QUERY = 200;

	private final PetitionSearch search;

	private final CommuneDirectory communes;

	PublicAnswersApiController(PetitionSearch search, CommuneDirectory communes) {
		this.search = search;
		this.communes = communes;
	}

	@GetMapping("/api/v1/public/communes/{code}/answers")
	@Operation(summary = "Tìm câu trả lời đã công khai của một xã, phường",
			description = "Chỉ các câu trả lời đã công khai: câu hỏi như cơ quan đã duyệt để công khai và câu trả lời; "
					+ "không có dữ liệu cá nhân. Tìm không phân biệt dấu, hoa thường; kết quả phù hợp nhất trước, "
					+ "tối đa 50. Không có từ cần tìm: các câu trả lời công khai mới nhất.")
	List<ApiAnswer> answers(@PathVariable String code,
			@Parameter(
					description = "Từ cần tìm, có dấu hoặc không dấu (\"dat dai\" tìm được \"đất đai\")") @RequestParam(
							required = false) String q) {
		CommuneInfo commune = this.communes.findByCode(code).orElseThrow(NotFoundException::new);
		if (q != null && q.length() > MAX_QUERY) {
			throw new InvalidInputException("q", "petition.search.error.queryTooLong");
		}
		Map<String, String> fields = this.communes.fields()
			.stream()
			.collect(Collectors.toMap(FieldView::code, FieldView::name));
		return this.search.publishedAnswers(commune.id(), q)
			.stream()
			.map((a) -> new ApiAnswer(a.trackingCode(),
					(a.fieldCode() != null) ? fields.getOrDefault(a.fieldCode(), a.fieldCode()) : null, a.question(),
					a.answer(), a.answeredAt()))
			.toList();
	}

	/**
	 * A published answer: the tracking code, the field's name, the question as approved
	 * for publication, the answer and when it was published.
	 */
	record ApiAnswer(String trackingCode, String field, String question, String answer, Instant answeredAt) {
	}

}
