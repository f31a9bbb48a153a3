package vn.doithoai.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A province-level unit, identified by its two-digit official code. */
@Entity
class Province {

	@Id
	private String code;

	private String name;

	protected Province() {
	}

	Province(String code, String name) {
		this.code = code;
		this.name = name;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	void rename(String name) {
		this.name = name;
	}

}
