package vn.doithoai.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A petition as staff pages show it. */
record PetitionView(long id, Long conferenceId, String trackingCode, Channel channel, PetitionState state,
		Petition.Author author, String content, String proxyAuthor, Instant receivedAt, String fieldCode,
		Long departmentId, LocalDate dueDate, String decisionNote, Long mergedInto, String forwardedTo,
		Petition.Answer answer, Petition.ConferenceRecord conferenceRecord, int version) {

	static PetitionView of(Petition p) {
		return new PetitionView(p.id(), p.conferenceId(), p.trackingCode(), p.channel(), p.state(), p.author(),
				p.content(), p.proxyAuthor(), p.receivedAt(), p.fieldCode(), p.departmentId(), p.dueDate(),
				p.decisionNote(), p.mergedInto(), p.forwardedTo(), p.answer(), p.conferenceRecord(), p.version());
	}

	static List<PetitionView> of(List<Petition> petitions) {
		return petitions.stream().map(PetitionView::of).toList();
	}

}
