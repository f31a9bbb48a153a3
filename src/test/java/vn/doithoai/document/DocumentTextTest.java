package vn.doithoai.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fixed wording of documents (DOMAIN §4, Nghị định 30/2020/NĐ-CP, HD 36-HD/VPTW). */
class DocumentTextTest {

	@ParameterizedTest
	@CsvSource({ "5, STATE, KE_HOACH, UBND, 05/KH-UBND", "9, STATE, THONG_BAO, UBND, 09/TB-UBND",
			"10, STATE, BIEN_BAN, UBND, 10/BB-UBND", "123, STATE, BAO_CAO, UBND, 123/BC-UBND",
			"1, STATE, QUYET_DINH, UBND, 01/QĐ-UBND", "7, STATE, GIAY_MOI, UBND, 07/GM-UBND",
			"12, STATE, CONG_VAN, UBND-VX, 12/UBND-VX", "36, PARTY, KE_HOACH, ĐU, 36-KH/ĐU",
			"5, PARTY, KE_HOACH, ĐU, 05-KH/ĐU", "12, PARTY, CONG_VAN, ĐU, 12-CV/ĐU" })
	void symbolsFollowEachFamilysPattern(int number, DocumentFamily family, DocumentType type, String issuerCode,
			String symbol) {
		assertThat(new DocumentNumber(number, 2025, family, type, issuerCode).symbol()).isEqualTo(symbol);
	}

	@Test
	void aStateBodyWritesSoWithAColonAPartyCommitteeWithout() {
		assertThat(DocumentText.numberLine(document(DocumentFamily.STATE, "UBND", 5))).isEqualTo("Số: 05/KH-UBND");
		assertThat(DocumentText.numberLine(document(DocumentFamily.PARTY, "ĐU", 36))).isEqualTo("Số 36-KH/ĐU");
	}

	@Test
	void aDraftLeavesRoomForTheNumber() {
		assertThat(DocumentText.numberLine(document(DocumentFamily.STATE, "UBND", null)))
			.isEqualTo("Số:       /KH-UBND");
		assertThat(DocumentText.numberLine(document(DocumentFamily.PARTY, "ĐU", null))).isEqualTo("Số       -KH/ĐU");
	}

	@ParameterizedTest
	@CsvSource({ "2025-02-03, ngày 03 tháng 02 năm 2025", "2026-01-05, ngày 05 tháng 01 năm 2026",
			"2025-03-15, ngày 15 tháng 3 năm 2025", "2025-10-09, ngày 09 tháng 10 năm 2025",
			"2025-12-31, ngày 31 tháng 12 năm 2025", "2024-09-10, ngày 10 tháng 9 năm 2024" })
	void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero(LocalDate date, String text) {
		assertThat(DocumentText.date(date)).isEqualTo(text);
	}

	@Test
	void thePlaceComesBeforeTheDateAndAnUndatedDraftLeavesBlanks() {
		assertThat(DocumentText.placeAndDate("Trương Quang Trọng", LocalDate.of(2025, 2, 3)))
			.isEqualTo("Trương Quang Trọng, ngày 03 tháng 02 năm 2025");
		assertThat(DocumentText.placeAndDate("Chi Đông", null)).startsWith("Chi Đông, ngày ")
			.contains(" tháng ")
			.contains(" năm ")
			.doesNotContainPattern("\\d");
	}

	@Test
	void recipientsTakeADashAndTheFamilysPunctuation() {
		List<String> recipients = List.of("UBND tỉnh", "- Thanh tra tỉnh;", "TT Đảng ủy; TT HĐND phường", "Lưu: VT.");
		assertThat(DocumentText.recipientLines(withRecipients(DocumentFamily.STATE, "UBND", recipients)))
			.containsExactly("- UBND tỉnh;", "- Thanh tra tỉnh;", "- TT Đảng ủy; TT HĐND phường;", "- Lưu: VT.");
		assertThat(DocumentText
			.recipientLines(withRecipients(DocumentFamily.PARTY, "ĐU", List.of("TT Thành ủy,", "Lưu VPĐU"))))
			.containsExactly("- TT Thành ủy,", "- Lưu VPĐU.");
	}

	@Test
	void textIsPrintedInNfcWithoutControlCharacters() {
		String decomposed = "Nguye\u0302\u0303n\u0007 \uD800Thi\u0323";
		assertThat(DocumentText.printable(decomposed)).isEqualTo("Nguyễn Thị");
		assertThat(DocumentText.printable("a\nb")).isEqualTo("a b");
	}

	@Test
	void aNumberMustBelongToTheDocumentsTypeAndIssuer() {
		DocumentNumber notice = new DocumentNumber(5, 2025, DocumentFamily.STATE, DocumentType.THONG_BAO, "UBND");
		assertThatThrownBy(() -> new OfficialDocument(DocumentFamily.STATE, List.of(), "ỦY BAN NHÂN DÂN XÃ CHI ĐÔNG",
				"UBND", notice, "Chi Đông", LocalDate.of(2025, 2, 3), DocumentType.KE_HOACH, "", List.of(),
				new Signer(List.of(), "CHỦ TỊCH", "Nguyễn Văn A"), List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DocumentNumber(0, 2025, DocumentFamily.STATE, DocumentType.KE_HOACH, "UBND"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static OfficialDocument document(DocumentFamily family, String issuerCode, Integer number) {
		return new OfficialDocument(family, List.of(), "ISSUER", issuerCode,
				(number != null) ? new DocumentNumber(number, 2025, family, DocumentType.KE_HOACH, issuerCode) : null,
				"Chi Đông", null, DocumentType.KE_HOACH, "", List.of(),
				new Signer(List.of(), "CHỦ TỊCH", "Nguyễn Văn A"), List.of());
	}

	private static OfficialDocument withRecipients(DocumentFamily family, String issuerCode, List<String> recipients) {
		return new OfficialDocument(family, List.of(), "ISSUER", issuerCode, null, "Chi Đông", null,
				DocumentType.KE_HOACH, "", List.of(), new Signer(List.of(), "CHỦ TỊCH", "Nguyễn Văn A"), recipients);
	}

}
