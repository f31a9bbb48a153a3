package vn.doithoai.petition;

import java.time.Instant;

/**
 * A petition as the live conference and its minutes see it. {@code preparedAnswer} is the
 * answer the chair approved for the conference (state {@code ANSWER_PREPARED}), otherwise
 * {@code null}.
 */
public record ConferencePetition(long id, String trackingCode, Long conferenceId, String fullName, String areaCode,
		String fieldCode, Long departmentId, String question, PetitionState state, String preparedAnswer,
		Instant receivedAt, Channel channel) {

	static ConferencePetition of(Petition p) {
		String prepared = (p.state() == PetitionState.ANSWER_PREPARED && p.answer() != null) ? p.answer().text() : null;
		return new ConferencePetition(p.id(), p.trackingCode(), p.conferenceId(), p.author().fullName(),
				p.author().areaCode(), p.fieldCode(), p.departmentId(), p.content(), p.state(), prepared,
				p.receivedAt(), p.channel());
	}

}
