package vn.doithoai.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A unit of the commune that answers petitions and carries out directives. */
@Entity
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communeId;

	private String code;

	private String name;

	@Version
	private int version;

	protected Department() {
	}

	Department(Long communeId, String code, String name) {
		this.communeId = communeId;
		this.code = code;
		this.name = name;
	}

	Long getId() {
		return this.id;
	}

	Long getCommuneId() {
		return this.communeId;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	int getVersion() {
		return this.version;
	}

	void update(String code, String name) {
		this.code = code;
		this.name = name;
	}

	DepartmentView toView() {
		return new DepartmentView(this.id, this.code, this.name, this.version);
	}

}
