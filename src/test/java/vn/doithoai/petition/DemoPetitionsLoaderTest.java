package vn.doithoai.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.doithoai.plan.ConferenceKind;
import vn.doithoai.plan.ConferenceState;
import vn.doithoai.plan.PublicConferences.PublicConference;

import static org.assertj.core.api.Assertions.assertThat;

/** How the demo loader picks a conference and places a step in time. */
class DemoPetitionsLoaderTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	/**
	 * Conference 1 is held, 2 a draft, 3 announced in 10 days (registration closes in 5),
	 * 4 announced in 20 days (registration closes in 15).
	 */
	private static final List<PublicConference> CONFERENCES = List.of(
			conference(1, ConferenceState.HELD, TODAY.minusDays(30), TODAY.minusDays(35)),
			conference(2, ConferenceState.DRAFT, TODAY.plusDays(3), TODAY.plusDays(2)),
			conference(3, ConferenceState.ANNOUNCED, TODAY.plusDays(10), TODAY.plusDays(5)),
			conference(4, ConferenceState.ANNOUNCED, TODAY.plusDays(20), TODAY.plusDays(15)));

	@ParameterizedTest
	@CsvSource({ "ONLINE, 0, 3", "PAPER, 0, 3", "ONLINE, 6, 4", "PHONE, 6, 3", "AREA_HEAD, 10, 3", "ONLINE, 16, ",
			"FRONT, 11, 4", "EMAIL, 21, " })
	void aPetitionGoesToTheNextConferenceThatStillTakesQuestionsFromItsChannel(Channel channel, int daysFromToday,
			Long expected) {
		assertThat(DemoPetitionsLoader.nextOpenConference(CONFERENCES, channel, TODAY.plusDays(daysFromToday)))
			.isEqualTo(Optional.ofNullable(expected));
	}

	@ParameterizedTest
	@CsvSource({
			// in the past: kept
			"2026-11-20T03:00:00Z, 3, , 2026-11-20T03:00:00Z",
			// after now: moved back, leaving a minute for each step still to come
			"2026-11-24T03:00:00Z, 3, , 2026-11-23T09:57:00Z",
			// not after the step before it: a minute after that
			"2026-11-20T03:00:00Z, 1, 2026-11-21T08:00:00Z, 2026-11-21T08:01:00Z" })
	void aStepIsPlacedInThePastAfterTheOneBeforeIt(Instant wanted, int stepsLeft, Instant previous, Instant placed) {
		assertThat(DemoPetitionsLoader.clamp(wanted, Instant.parse("2026-11-23T10:00:00Z"), stepsLeft, previous))
			.isEqualTo(placed);
	}

	private static PublicConference conference(long id, ConferenceState state, LocalDate date,
			LocalDate registrationCloses) {
		return new PublicConference(id, ConferenceKind.PERIODIC, "Hội nghị đối thoại " + id, date, LocalTime.of(8, 0),
				LocalTime.of(11, 0), "Hội trường UBND phường", state, false, registrationCloses, List.of(), null);
	}

}
