package vn.doithoai.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A subject area (lĩnh vực) that petitions are classified under; shared by every commune.
 */
@Entity
class Field {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private int position;

	private boolean active;

	@Version
	private int version;

	protected Field() {
	}

	Field(String code, String name, int position) {
		this.code = code;
		this.name = name;
		this.position = position;
		this.active = true;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	int getPosition() {
		return this.position;
	}

	boolean isActive() {
		return this.active;
	}

	int getVersion() {
		return this.version;
	}

	void update(String name, int position, boolean active) {
		this.name = name;
		this.position = position;
		this.active = active;
	}

	FieldView toView() {
		return new FieldView(this.id, this.code, this.name, this.position, this.active, this.version);
	}

}
