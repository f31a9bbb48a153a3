package vn.doithoai.petition;

import java.sql.Connection;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.doithoai.IntegrationTest;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff search, the public search of published answers and the suggestions, over a
 * handful of petitions of the demo ward and of another commune, all about the made-up
 * hamlet "Khê Lư Quỳnh" so that other tests' petitions never interfere.
 */
@IntegrationTest
class PetitionSearchTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The petitions inserted once for all tests of this class, by key. */
	static Map<String, Long> ids;

	static Map<String, String> codes;

	@Autowired
	PetitionSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CommuneDirectory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	TrackingCodes trackingCodes;

	@Autowired
	PetitionSuggestions suggestions;

	@Autowired
	UserDetailsService users;

	CommuneInfo ward;

	CommuneInfo other;

	long department;

	String area;

	long conference;

	@BeforeEach
	void petitions() {
		this.ward = this.directory.findByCode("21172").orElseThrow();
		this.other = this.directory.findByCode("18187").orElseThrow();
		this.department = this.directory.departments(this.ward.id()).get(0).id();
		this.area = this.directory.areas(this.ward.id()).get(0).code();
		this.conference = this.jdbc.queryForObject("select min(id) from conference where commune_id = ?", Long.class,
				this.ward.id());
		if (ids != null) {
			return;
		}
		Map<String, Long> inserted = new java.util.HashMap<>();
		Map<String, String> trackingCodes = new java.util.HashMap<>();
		Row[] rows = {
				new Row("land", this.ward.id(), "Đề nghị giải quyết tranh chấp đất đai ở xóm Khê Lư Quỳnh giữa hai hộ.",
						"Trịnh Văn Khải", PetitionState.ASSIGNED, "DAT_DAI", this.department, this.area,
						this.conference, day(2024, 3, 10), null, null, false),
				new Row("hoa", this.ward.id(), "Ông Hòa ở xóm Khê Lư Quỳnh hỏi về chế độ người có công.",
						"Phùng Thị Nhạn", PetitionState.CLOSED, "NGUOI_CO_CONG", null, null, null, day(2025, 5, 2),
						null, null, false),
				new Row("drainPhrase", this.ward.id(),
						"Cống thoát nước xóm Khê Lư Quỳnh bị tắc. Cống thoát nước Khê Lư Quỳnh cần nạo vét.",
						"Lục Văn Tăng", PetitionState.ANSWERED, "GIAO_THONG", null, null, null, day(2025, 6, 1), null,
						null, false),
				new Row("drainScattered", this.ward.id(),
						"Nước mưa ngập đường xóm Khê Lư Quỳnh, thoát chậm vì thiếu cống.", "Âu Thị Mến",
						PetitionState.ANSWERED, "GIAO_THONG", null, null, null, day(2025, 6, 2), null, null, false),
				new Row("published", this.ward.id(), "Nhà tôi số 9 gần kênh Khê Lư Quỳnh, kênh ô nhiễm nặng.",
						"Quách Thị Duyên", PetitionState.ANSWERED, "MOI_TRUONG", null, null, null, day(2025, 7, 1),
						"Ủy ban nhân dân đã giao nạo vét kênh Khê Lư Quỳnh trong quý III.",
						"Khi nào kênh Khê Lư Quỳnh được nạo vét?", true),
				new Row("unpublished", this.ward.id(), "Kênh Khê Lư Quỳnh ô nhiễm, đề nghị nạo vét sớm.",
						"Mạc Văn Cường", PetitionState.ANSWER_PREPARED, "MOI_TRUONG", null, null, null, day(2025, 7, 2),
						"Sẽ nạo vét kênh Khê Lư Quỳnh.", null, false),
				new Row("script", this.ward.id(), "<script>alert(1)</script> rác thải xóm Khê Lư Quỳnh", "Tôn Nữ Hạnh",
						PetitionState.CLOSED, "MOI_TRUONG", null, null, null, day(2023, 1, 5), null, null, false),
				new Row("elsewhere", this.other.id(), "Tranh chấp đất đai ở xóm Khê Lư Quỳnh của xã khác.",
						"Giáp Văn Bảo", PetitionState.ASSIGNED, "DAT_DAI", null, null, null, day(2024, 3, 11), null,
						null, false),
				new Row("husk1", this.ward.id(),
						"Lò đốt vỏ trấu ở xóm Bàu Sấu xả khói đen, tro bụi bay vào nhà dân suốt ngày đêm.",
						"Khúc Văn Hậu", PetitionState.CLOSED, "MOI_TRUONG", null, null, null, day(2024, 9, 1), null,
						null, false),
				new Row("husk2", this.ward.id(), "Khói đen và tro bụi từ lò đốt vỏ trấu làm người già ho, trẻ em mệt.",
						"Khúc Thị Lài", PetitionState.CLOSED, "MOI_TRUONG", null, null, null, day(2024, 9, 2), null,
						null, false),
				new Row("huskOpen", this.ward.id(),
						"Lò đốt vỏ trấu ở xóm Bàu Sấu xả khói đen, tro bụi bay vào nhà dân, đề nghị kiểm tra.",
						"Khúc Văn Sinh", PetitionState.ACCEPTED, "MOI_TRUONG", null, null, null, day(2025, 10, 1), null,
						null, false) };
		for (Row row : rows) {
			Petition petition = row.petition(this.trackingCodes.next());
			long id = this.jdbc.queryForObject(
					"""
							insert into petition (commune_id, conference_id, tracking_code, channel, state, full_name, phone, email,
							    address, area_code, field_code, content, received_at, department_id, answer, answer_state,
							    public_question, answer_published_at, search_text, public_search_text)
							values (?, ?, ?, 'PAPER', ?, ?, '0912345678', 'nguoidan@example.com', 'Số 9 đường Khê Lư', ?, ?, ?, ?,
							    ?, ?, ?, ?, ?, ?, ?) returning id
							""",
					Long.class, row.communeId(), row.conferenceId(), petition.trackingCode(), row.state().name(),
					row.fullName(), row.areaCode(), row.fieldCode(), row.content(), Timestamp.from(row.received()),
					row.departmentId(), row.answer(), (row.answer() != null) ? "APPROVED" : null, row.publicQuestion(),
					(petition.answerPublishedAt() != null) ? Timestamp.from(petition.answerPublishedAt()) : null,
					PetitionRepository.searchText(petition), PetitionSearch.publicSearchText(petition));
			inserted.put(row.key(), id);
			trackingCodes.put(row.key(), petition.trackingCode());
		}
		codes(trackingCodes);
		ids = inserted;
	}

	private static void codes(Map<String, String> trackingCodes) {
		codes = trackingCodes;
	}

	static Stream<String> typedForms() {
		return Stream.of("dat dai khe lu quynh", "ĐẤT ĐAI Khê Lư Quỳnh", "  đất   đai   khê lư quỳnh ",
				Normalizer.normalize("đất đai Khê Lư Quỳnh", Normalizer.Form.NFD));
	}

	@ParameterizedTest
	@MethodSource("typedForms")
	void findsTheTextWhateverTheDiacriticsCaseSpacingOrNormalForm(String typed) {
		assertThat(found(PetitionSearch.Criteria.text(typed))).contains("land").doesNotContain("elsewhere");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hoà khe lu quynh", "Hòa khê lư quỳnh", "hoa khe lu quynh" })
	void findsOldAndNewTonePlacementAlike(String typed) {
		assertThat(found(PetitionSearch.Criteria.text(typed))).contains("hoa");
	}

	@Test
	void ranksTheWordsInTheirOrderFirst() {
		List<String> found = foundInOrder(PetitionSearch.Criteria.text("cống thoát nước khê lư quỳnh"));
		assertThat(found).contains("drainPhrase", "drainScattered");
		assertThat(found.indexOf("drainPhrase")).isLessThan(found.indexOf("drainScattered"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "khe lu quymh", "khê lư quỳn", "tranh chap dat dai khe lu quy" })
	void aTypoOrAnUnfinishedWordStillFindsThePetition(String typed) {
		PetitionSearch.Result result = this.search.search(this.ward.id(), PetitionSearch.Criteria.text(typed), 1);
		assertThat(keys(result)).contains("land");
		assertThat(result.kind()).isNotEqualTo(SearchVocabulary.Kind.EXACT);
	}

	static Stream<Arguments> filters() {
		return Stream.of(Arguments.of("state", Set.of("land", "unpublished")),
				Arguments.of("field", Set.of("published", "unpublished", "script")),
				Arguments.of("department", Set.of("land")), Arguments.of("area", Set.of("land")),
				Arguments.of("conference", Set.of("land")),
				Arguments.of("dates", Set.of("drainPhrase", "drainScattered")));
	}

	@ParameterizedTest
	@MethodSource("filters")
	void filtersKeepOnlyWhatTheyName(String filter, Set<String> expected) {
		PetitionSearch.Criteria criteria = switch (filter) {
			case "state" -> new PetitionSearch.Criteria("khe lu quynh",
					Set.of(PetitionState.ASSIGNED, PetitionState.ANSWER_PREPARED), null, null, null, null, null, null);
			case "field" ->
				new PetitionSearch.Criteria("khe lu quynh", Set.of(), "MOI_TRUONG", null, null, null, null, null);
			case "department" ->
				new PetitionSearch.Criteria("khe lu quynh", Set.of(), null, this.department, null, null, null, null);
			case "area" ->
				new PetitionSearch.Criteria("khe lu quynh", Set.of(), null, null, this.area, null, null, null);
			case "conference" ->
				new PetitionSearch.Criteria("khe lu quynh", Set.of(), null, null, null, this.conference, null, null);
			default -> new PetitionSearch.Criteria("khe lu quynh", Set.of(), null, null, null, null,
					LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2));
		};
		assertThat(found(criteria)).isEqualTo(expected);
	}

	@Test
	void anotherCommunesPetitionsNeverAppear() {
		assertThat(found(PetitionSearch.Criteria.text("khe lu quynh"))).contains("land", "hoa")
			.doesNotContain("elsewhere");
		assertThat(keys(this.search.search(this.other.id(), PetitionSearch.Criteria.text("khe lu quynh"), 1)))
			.containsExactly("elsewhere");
	}

	@Test
	void aPageBeyondTheLastShowsTheLast() {
		PetitionSearch.Result result = this.search.search(this.ward.id(), PetitionSearch.Criteria.text("khe lu quynh"),
				9);
		assertThat(result.page()).isEqualTo(result.lastPage()).isEqualTo(1);
		assertThat(keys(result)).contains("land");
	}

	@Test
	void withoutWordsTheNewestComeFirst() {
		PetitionSearch.Result result = this.search.search(this.ward.id(), new PetitionSearch.Criteria("", Set.of(),
				"GIAO_THONG", null, null, null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2)), 1);
		assertThat(keys(result)).containsExactly("drainScattered", "drainPhrase");
	}

	@Test
	void theListPageShowsMatchesHighlightedAndEverythingEscaped() throws Exception {
		this.mvc.perform(get("/staff/21172/petitions").param("q", "dat dai khe lu quynh").with(as("vanphong")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(codes.get("land"))))
			.andExpect(content().string(containsString("Trịnh Văn Khải")))
			.andExpect(content().string(containsString("<mark>đất đai</mark>")))
			.andExpect(content().string(not(containsString(codes.get("elsewhere")))));
		this.mvc.perform(get("/staff/21172/petitions").param("q", "rac thai khe lu quynh").with(as("canbo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void theListPageSaysWhichDateIsWrong() throws Exception {
		this.mvc.perform(get("/staff/21172/petitions").param("from", "31/02/2025").with(as("vanphong")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void thePublicFindsOnlyPublishedAnswersWithoutPersonalData() throws Exception {
		String json = this.mvc.perform(get("/api/v1/public/communes/21172/answers").param("q", "kenh khe lu quynh"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].trackingCode").value(codes.get("published")))
			.andExpect(jsonPath("$[0].field").value("Môi trường"))
			.andExpect(jsonPath("$[0].question").value("Khi nào kênh Khê Lư Quỳnh được nạo vét?"))
			.andExpect(
					jsonPath("$[0].answer").value("Ủy ban nhân dân đã giao nạo vét kênh Khê Lư Quỳnh trong quý III."))
			.andExpect(jsonPath("$[0].answeredAt").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain("fullName", "phone", "email", "address", "Quách Thị Duyên", "0912345678",
				"nguoidan@example.com", "Số 9", "ô nhiễm nặng");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Quách Thị Duyên", "o nhiem nang" })
	void thePublicCannotFindAnAnswerByWhatOnlyTheCitizenWrote(String typed) throws Exception {
		this.mvc.perform(get("/api/v1/public/communes/21172/answers").param("q", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(codes.get("published")))));
	}

	@Test
	void anUnknownCommuneIsAProblem404() throws Exception {
		this.mvc.perform(get("/api/v1/public/communes/99999/answers").param("q", "dat dai"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void suggestionsNameTheFieldWithItsReasonsAndTheSameQuestionToMerge() throws Exception {
		String text = "Lò đốt vỏ trấu xóm Bàu Sấu xả khói đen và tro bụi vào nhà, người dân rất bức xúc.";
		String html = this.mvc
			.perform(get("/staff/21172/petitions/suggestions").param("question", text).with(as("vanphong")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document fragment = Jsoup.parse(html);
		assertThat(fragment.select("[aria-labelledby=suggested-fields] li").first().text()).contains("Môi trường",
				"trấu", codes.get("husk1"));
		assertThat(fragment.select("[aria-labelledby=similar-petitions] a").eachText())
			.containsExactly(codes.get("huskOpen"));
		String excluded = this.mvc
			.perform(get("/staff/21172/petitions/suggestions").param("content", text)
				.param("exclude", String.valueOf(ids.get("huskOpen")))
				.with(as("vanphong")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(excluded).select("[aria-labelledby=similar-petitions]").text()).isEmpty();
		String forStored = this.mvc
			.perform(get("/staff/21172/petitions/suggestions").param("petition", String.valueOf(ids.get("husk1")))
				.with(as("vanphong")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(forStored).select("[aria-labelledby=similar-petitions] a").eachText())
			.containsExactly(codes.get("huskOpen"));
		this.mvc
			.perform(get("/staff/21172/petitions/suggestions").param("petition", String.valueOf(ids.get("elsewhere")))
				.with(as("vanphong")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFieldSuggestionCarriesItsScoreWordsAndExamples() {
		List<PetitionSuggestions.FieldSuggestion> fields = this.suggestions.fields(this.ward.id(),
				"Lò đốt vỏ trấu xả khói đen, tro bụi bay vào nhà dân.");
		assertThat(fields).isNotEmpty();
		PetitionSuggestions.FieldSuggestion first = fields.get(0);
		assertThat(first.fieldCode()).isEqualTo("MOI_TRUONG");
		assertThat(first.score()).isGreaterThan(0.5);
		assertThat(first.sharedWords()).contains("trấu");
		assertThat(first.examples()).extracting(PetitionSuggestions.Example::trackingCode)
			.containsAnyOf(codes.get("husk1"), codes.get("husk2"));
		assertThat(this.suggestions.similar(this.ward.id(),
				"Lò đốt vỏ trấu xóm Bàu Sấu xả khói đen, tro bụi bay vào nhà.", null, 5))
			.extracting(PetitionSuggestions.SimilarPetition::trackingCode)
			.containsExactly(codes.get("huskOpen"));
	}

	@Test
	void generatedPetitionsAreStoredAsTheRepositoryStoresThem() throws Exception {
		PetitionGenerator generator = new PetitionGenerator(42, Instant.now());
		PetitionGenerator.Target target = generatorTarget(this.other.id());
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(generator.copy(connection, target, 30, 3)).isEqualTo(30);
		}
		List<Petition> stored = this.jdbc.query(
				"select * from petition where commune_id = ? and search_text not like '%khe lu quynh%' order by id desc limit 30",
				PetitionRepository::map, this.other.id());
		assertThat(stored).hasSize(30).allSatisfy((p) -> {
			String searchText = this.jdbc.queryForObject("select search_text from petition where id = ?", String.class,
					p.id());
			assertThat(searchText).isEqualTo(PetitionRepository.searchText(p));
			assertThat(p.content()).isNotBlank();
		});
	}

	@Test
	void aWordInThousandsOfPetitionsRanksItsNewestMatches() throws Exception {
		long commune = this.jdbc.queryForObject("""
				insert into commune (code, name, kind, province_code) values ('99001', 'Thử Tải', 'XA', '51')
				on conflict (code) do update set name = excluded.name returning id
				""", Long.class);
		if (this.jdbc.queryForObject("select count(*) from petition where commune_id = ?", Long.class, commune) == 0) {
			try (Connection connection = this.dataSource.getConnection()) {
				new PetitionGenerator(99, Instant.now()).copy(connection,
						new PetitionGenerator.Target(commune, List.of(), List.of(), List.of()), 6000, 3);
			}
			// As autovacuum would after such a load: the estimates choose how to search.
			this.jdbc.execute("analyze petition");
		}
		PetitionSearch.Result result = this.search.search(commune, PetitionSearch.Criteria.text("đề nghị"), 1);
		assertThat(result.more()).isTrue();
		assertThat(result.total()).isEqualTo(PetitionSearch.RANKED);
		assertThat(result.lastPage()).isEqualTo(PetitionSearch.RANKED / PetitionSearch.PAGE_SIZE);
		Timestamp oldestRanked = this.jdbc.queryForObject(
				"""
						select received_at from petition where commune_id = ? and search_vector @@ to_tsquery('simple', 'de & nghi')
						order by received_at desc, id desc offset ? limit 1
						""",
				Timestamp.class, commune, PetitionSearch.RANKED - 1);
		assertThat(result.hits()).hasSize(PetitionSearch.PAGE_SIZE)
			.allSatisfy((hit) -> assertThat(hit.receivedAt()).isAfterOrEqualTo(oldestRanked.toInstant()));
		String rare = this.jdbc.queryForObject(
				"select tracking_code from petition where commune_id = ? order by id limit 1", String.class, commune);
		assertThat(this.search.search(commune, PetitionSearch.Criteria.text(rare.toLowerCase().replace("-", " ")), 1)
			.hits()).extracting(PetitionSearch.Hit::trackingCode).contains(rare);
	}

	private PetitionGenerator.Target generatorTarget(long communeId) {
		return new PetitionGenerator.Target(communeId,
				this.directory.areas(communeId).stream().map((a) -> Map.entry(a.code(), a.name())).toList(),
				this.directory.departments(communeId).stream().map((d) -> d.id()).toList(), List.of());
	}

	private Set<String> found(PetitionSearch.Criteria criteria) {
		return Set.copyOf(foundInOrder(criteria));
	}

	private List<String> foundInOrder(PetitionSearch.Criteria criteria) {
		return keys(this.search.search(this.ward.id(), criteria, 1));
	}

	private static List<String> keys(PetitionSearch.Result result) {
		return result.hits()
			.stream()
			.map((hit) -> ids.entrySet()
				.stream()
				.filter((e) -> e.getValue() == hit.id())
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse("other"))
			.filter((key) -> !key.equals("other"))
			.toList();
	}

	private static Instant day(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(9, 0).atZone(ZONE).toInstant();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** A petition of these tests. */
	record Row(String key, long communeId, String content, String fullName, PetitionState state, String fieldCode,
			Long departmentId, String areaCode, Long conferenceId, Instant received, String answer,
			String publicQuestion, boolean published) {

		Petition petition(String trackingCode) {
			return new Petition(null, this.communeId, this.conferenceId, trackingCode, Channel.PAPER,
					new Petition.Author(this.fullName, "0912345678", "nguoidan@example.com", "Số 9 đường Khê Lư",
							this.areaCode),
					this.content, null, this.received, this.state, this.fieldCode, this.departmentId, null, null, null,
					null, (this.answer != null) ? new Petition.Answer(this.answer, AnswerState.APPROVED, null) : null,
					this.publicQuestion, this.published ? this.received.plusSeconds(86_400) : null,
					Petition.ConferenceRecord.NONE, 0);
		}

	}

}
