package vn.doithoai.petition;

import java.util.UUID;

import org.springframework.context.ApplicationContext;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;

/** For other modules' tests: a petition registered by phone through the use case. */
public final class TestPetitions {

	private TestPetitions() {
	}

	/** Registers a petition for a conference (or none) and returns its id. */
	public static long register(ApplicationContext context, String communeCode, Long conferenceId, String fullName,
			String areaCode, String question) {
		CommuneInfo commune = context.getBean(CommuneDirectory.class).findByCode(communeCode).orElseThrow();
		return context.getBean(Petitions.class)
			.register(commune,
					new Registration(conferenceId, fullName, "0905 123 456", null, "Số 12, tổ 3", areaCode, null,
							question),
					Channel.PHONE, "Văn phòng", UUID.randomUUID().toString())
			.id();
	}

}
