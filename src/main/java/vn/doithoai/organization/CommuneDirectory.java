package vn.doithoai.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.text.PersonName;
import vn.doithoai.text.VietnameseCollation;

/** Read access to communes and what they are made of, for every module. */
@Service
@Transactional(readOnly = true)
public class CommuneDirectory {

	private static final Comparator<CommuneInfo> BY_PROVINCE_AND_NAME = Comparator
		.comparing(CommuneInfo::provinceName, VietnameseCollation.comparator())
		.thenComparing(CommuneInfo::name, VietnameseCollation.comparator());

	private final ProvinceRepository provinces;

	private final CommuneRepository communes;

	private final AreaRepository areas;

	private final DepartmentRepository departments;

	private final OfficialRepository officials;

	private final FieldRepository fields;

	CommuneDirectory(ProvinceRepository provinces, CommuneRepository communes, AreaRepository areas,
			DepartmentRepository departments, OfficialRepository officials, FieldRepository fields) {
		this.provinces = provinces;
		this.communes = communes;
		this.areas = areas;
		this.departments = departments;
		this.officials = officials;
		this.fields = fields;
	}

	public Optional<CommuneInfo> findByCode(String code) {
		return this.communes.findByCode(code).map(Commune::toInfo);
	}

	public Optional<CommuneInfo> findById(long id) {
		return this.communes.findById(id).map(Commune::toInfo);
	}

	/** Every commune, by province then name in Vietnamese order. */
	public List<CommuneInfo> all() {
		return this.communes.findAll().stream().map(Commune::toInfo).sorted(BY_PROVINCE_AND_NAME).toList();
	}

	public List<CommuneInfo> inProvince(String provinceCode) {
		return this.communes.findByProvinceCode(provinceCode)
			.stream()
			.map(Commune::toInfo)
			.sorted(BY_PROVINCE_AND_NAME)
			.toList();
	}

	public List<ProvinceInfo> provinces() {
		return this.provinces.findAll()
			.stream()
			.map((province) -> new ProvinceInfo(province.getCode(), province.getName()))
			.sorted(Comparator.comparing(ProvinceInfo::name, VietnameseCollation.comparator()))
			.toList();
	}

	public Optional<ProvinceInfo> province(String code) {
		return this.provinces.findById(code)
			.map((province) -> new ProvinceInfo(province.getCode(), province.getName()));
	}

	public List<AreaView> areas(long communeId) {
		return this.areas.findByCommuneIdOrderByCode(communeId).stream().map(Area::toView).toList();
	}

	public List<DepartmentView> departments(long communeId) {
		return this.departments.findByCommuneIdOrderByCode(communeId).stream().map(Department::toView).toList();
	}

	/**
	 * The commune's officials in Vietnamese name order: given name, then middle, then
	 * family.
	 */
	public List<OfficialView> officials(long communeId) {
		return this.officials.findByCommuneId(communeId)
			.stream()
			.map(Official::toView)
			.sorted(Comparator.comparing(OfficialView::name, PersonName.vietnameseOrder()))
			.toList();
	}

	public List<FieldView> fields() {
		return this.fields.findAllByOrderByPosition().stream().map(Field::toView).toList();
	}

	public CommuneCounts counts(long communeId) {
		return new CommuneCounts(this.areas.countByCommuneId(communeId), this.departments.countByCommuneId(communeId),
				this.officials.countByCommuneId(communeId));
	}

	/** How many areas, departments and officials a commune has. */
	public record CommuneCounts(long areas, long departments, long officials) {
	}

	/** A province as other modules see it. */
	public record ProvinceInfo(String code, String name) {
	}

}
