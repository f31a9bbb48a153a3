package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;

/**
 * For tests of the live conference: a conference of a commune held today, announced two
 * weeks ago, made the way the demo makes its own.
 */
public final class TodaysConferences {

	private TodaysConferences() {
	}

	public static long create(ApplicationContext context, String communeCode, String title) {
		CommuneInfo commune = context.getBean(CommuneDirectory.class).findByCode(communeCode).orElseThrow();
		LocalDate today = LocalDate.now(context.getBean(Clock.class));
		Conference.Details details = new Conference.Details(ConferenceKind.PERIODIC, title, today, LocalTime.of(8, 0),
				LocalTime.of(11, 0), "Nhà văn hóa tổ dân phố", true, List.of(), List.of("Thủ tục hành chính"),
				List.of(), "Nguyễn Văn Chủ", List.of(), List.of("Lãnh đạo UBND"), List.of(), List.of("Nhân dân"));
		DemoPlansLoader loader = context.getBean(DemoPlansLoader.class);
		return new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.execute((tx) -> loader.todaysConference(commune, details, "test-live-" + UUID.randomUUID()));
	}

}
