package vn.doithoai.access;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.system.DemoData;
import vn.doithoai.system.DemoMode;
import vn.doithoai.text.VietnameseText;

/**
 * In demo mode, the accounts of DESIGN §8: every role in the ward of seed 000, a province
 * supervisor of its province, and a secretary for each other demo commune
 * ({@code vanphong.<commune name folded>}). All share the demo password.
 */
@Component
@Order(DemoData.ACCESS_ORDER)
class DemoAccountsLoader implements ApplicationRunner {

	private final DemoMode demo;

	private final JsonMapper json;

	private final StaffAccounts accounts;

	private final StaffAccountRepository repository;

	private final PasswordEncoder encoder;

	private final CommuneDirectory communes;

	DemoAccountsLoader(DemoMode demo, JsonMapper json, StaffAccounts accounts, StaffAccountRepository repository,
			PasswordEncoder encoder, CommuneDirectory communes) {
		this.communes = communes;
		this.demo = demo;
		this.json = json;
		this.accounts = accounts;
		this.repository = repository;
		this.encoder = encoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo.isEnabled() || this.repository.existsByUsername("admin")) {
			return;
		}
		DemoData data = DemoData.load(this.json);
		DemoData.Commune first = data.communes().get(0);
		String password = this.encoder.encode(LoginController.DEMO_PASSWORD);
		create("admin", password, "Quản trị hệ thống", Role.ADMIN, null, null);
		create("vanphong", password, nameOf(first, "SECRETARY"), Role.SECRETARY, first.code(), null);
		create("chutich", password, nameOf(first, "CHAIR"), Role.CHAIR, first.code(), null);
		long official = create("canbo", password, nameOf(first, "OFFICIAL"), Role.OFFICIAL, first.code(), null);
		assignDepartment(official, first);
		create("truongthon", password, nameOf(first, "AREA_HEAD"), Role.AREA_HEAD, first.code(), null);
		create("mttq", password, nameOf(first, "FATHERLAND_FRONT"), Role.FATHERLAND_FRONT, first.code(), null);
		create("tinh", password, "Giám sát tỉnh " + provinceName(data, first.provinceCode()), Role.PROVINCE, null,
				first.provinceCode());
		for (DemoData.Commune commune : data.communes().subList(1, data.communes().size())) {
			create(secretaryUsername(commune), password, nameOf(commune, "SECRETARY"), Role.SECRETARY, commune.code(),
					null);
		}
	}

	static String secretaryUsername(DemoData.Commune commune) {
		return "vanphong." + VietnameseText.fold(commune.name()).replace(" ", "").toLowerCase(Locale.ROOT);
	}

	/** The demo password is hashed once, not once per account: start-up stays fast. */
	private long create(String username, String passwordHash, String displayName, Role role, String communeCode,
			String provinceCode) {
		return this.accounts.createHashed(
				new StaffAccounts.NewAccount(username, null, displayName, role, communeCode, provinceCode),
				passwordHash);
	}

	/** The demo official answers for the department of the commune's first official. */
	private void assignDepartment(long account, DemoData.Commune commune) {
		String code = commune.officials()
			.stream()
			.filter((o) -> "OFFICIAL".equals(o.role()))
			.findFirst()
			.orElseThrow()
			.department();
		long communeId = this.communes.findByCode(commune.code()).orElseThrow().id();
		this.communes.departments(communeId)
			.stream()
			.filter((department) -> department.code().equals(code))
			.findFirst()
			.ifPresent((department) -> this.accounts.assignDepartment(account, department.id()));
	}

	private static String nameOf(DemoData.Commune commune, String role) {
		List<DemoData.Official> officials = commune.officials().stream().filter((o) -> role.equals(o.role())).toList();
		DemoData.Official official = officials.get(0);
		return String.join(" ",
				List.of(official.family(), official.middle(), official.given())
					.stream()
					.filter((part) -> part != null && !part.isBlank())
					.toList());
	}

	private static String provinceName(DemoData data, String code) {
		return data.provinces().stream().filter((p) -> p.code().equals(code)).findFirst().orElseThrow().name();
	}

}
