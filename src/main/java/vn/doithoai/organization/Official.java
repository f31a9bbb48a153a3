package vn.doithoai.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.doithoai.text.PersonName;

/** A person working for the commune, with their title and, for most, their department. */
@Entity
class Official {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communeId;

	@Column(name = "family_name")
	private String family;

	@Column(name = "middle_name")
	private String middle;

	@Column(name = "given_name")
	private String given;

	private String title;

	private Long departmentId;

	private Long areaId;

	@Version
	private int version;

	protected Official() {
	}

	Official(Long communeId, PersonName name, String title, Long departmentId, Long areaId) {
		this.communeId = communeId;
		update(name, title, departmentId, areaId);
	}

	Long getId() {
		return this.id;
	}

	Long getCommuneId() {
		return this.communeId;
	}

	PersonName getName() {
		return new PersonName(this.family, this.middle, this.given);
	}

	String getTitle() {
		return this.title;
	}

	Long getDepartmentId() {
		return this.departmentId;
	}

	Long getAreaId() {
		return this.areaId;
	}

	int getVersion() {
		return this.version;
	}

	void update(PersonName name, String title, Long departmentId, Long areaId) {
		this.family = name.family();
		this.middle = name.middle();
		this.given = name.given();
		this.title = title;
		this.departmentId = departmentId;
		this.areaId = areaId;
	}

	OfficialView toView() {
		return new OfficialView(this.id, getName(), this.title, this.departmentId, this.areaId, this.version);
	}

}
