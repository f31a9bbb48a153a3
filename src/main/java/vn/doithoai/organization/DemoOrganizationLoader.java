package vn.doithoai.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.system.DemoData;
import vn.doithoai.system.DemoMode;
import vn.doithoai.text.PersonName;

/**
 * In demo mode, loads the seed plans' communes once; a commune already there is left
 * alone.
 */
@Component
@Order(DemoData.ORGANIZATION_ORDER)
class DemoOrganizationLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizationLoader.class);

	private final DemoMode demo;

	private final JsonMapper json;

	private final ProvinceRepository provinces;

	private final CommuneRepository communes;

	private final AreaRepository areas;

	private final DepartmentRepository departments;

	private final OfficialRepository officials;

	private final AuditTrail audit;

	DemoOrganizationLoader(DemoMode demo, JsonMapper json, ProvinceRepository provinces, CommuneRepository communes,
			AreaRepository areas, DepartmentRepository departments, OfficialRepository officials, AuditTrail audit) {
		this.demo = demo;
		this.json = json;
		this.provinces = provinces;
		this.communes = communes;
		this.areas = areas;
		this.departments = departments;
		this.officials = officials;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo.isEnabled()) {
			return;
		}
		DemoData data = DemoData.load(this.json);
		data.provinces()
			.stream()
			.filter((province) -> !this.provinces.existsById(province.code()))
			.forEach((province) -> this.provinces.save(new Province(province.code(), province.name())));
		this.provinces.flush();
		for (DemoData.Commune demoCommune : data.communes()) {
			if (this.communes.findByCode(demoCommune.code()).isEmpty()) {
				load(demoCommune);
			}
		}
	}

	private void load(DemoData.Commune demoCommune) {
		Commune commune = this.communes
			.saveAndFlush(new Commune(demoCommune.code(), demoCommune.name(), CommuneKind.valueOf(demoCommune.kind()),
					this.provinces.findById(demoCommune.provinceCode()).orElseThrow()));
		Long id = commune.getId();
		demoCommune.areas()
			.forEach((area) -> this.areas.save(new Area(id, area.code(), area.name(), AreaKind.valueOf(area.kind()))));
		demoCommune.departments()
			.forEach((department) -> this.departments.save(new Department(id, department.code(), department.name())));
		this.areas.flush();
		this.departments.flush();
		for (DemoData.Official official : demoCommune.officials()) {
			Long departmentId = (official.department() != null) ? this.departments.findByCommuneIdOrderByCode(id)
				.stream()
				.filter((department) -> department.getCode().equals(official.department()))
				.findFirst()
				.orElseThrow()
				.getId() : null;
			Long areaId = (official.areaCode() != null) ? this.areas.findByCommuneIdOrderByCode(id)
				.stream()
				.filter((area) -> area.getCode().equals(official.areaCode()))
				.findFirst()
				.orElseThrow()
				.getId() : null;
			this.officials.save(new Official(id, new PersonName(official.family(), official.middle(), official.given()),
					official.title(), departmentId, areaId));
		}
		this.officials.flush();
		this.audit.record("demo.loaded", "commune", commune.getCode(), commune.getCode(), null, commune.toInfo());
		log.info("Demo commune {} {} loaded", commune.getCode(), commune.getName());
	}

}
