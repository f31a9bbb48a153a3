package vn.doithoai.calendar;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.system.DemoData;
import vn.doithoai.system.DemoMode;

/**
 * In demo mode, gives each demo commune the preset its own plan follows (seed 000: Quảng
 * Ngãi, seed 004: procedures dialogue, the others: the law's minimum), once.
 */
@Component
@Order(DemoData.ACCESS_ORDER)
class DemoDeadlineRulesLoader implements ApplicationRunner {

	private final DemoMode demo;

	private final JsonMapper json;

	private final CommuneDirectory communes;

	private final DeadlineRules rules;

	DemoDeadlineRulesLoader(DemoMode demo, JsonMapper json, CommuneDirectory communes, DeadlineRules rules) {
		this.demo = demo;
		this.json = json;
		this.communes = communes;
		this.rules = rules;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo.isEnabled()) {
			return;
		}
		for (DemoData.Commune demoCommune : DemoData.load(this.json).communes()) {
			this.communes.findByCode(demoCommune.code())
				.filter((commune) -> this.rules.rules(commune.id()).isEmpty())
				.ifPresent((commune) -> this.rules.applyPreset(commune, presetFor(demoCommune.seed())));
		}
	}

	private static DeadlinePreset presetFor(String seed) {
		return switch (seed) {
			case "000" -> DeadlinePreset.QUANG_NGAI_29_2022;
			case "004" -> DeadlinePreset.PROCEDURES_SEED_004;
			default -> DeadlinePreset.LAW_72_2025_MINIMUM;
		};
	}

}
