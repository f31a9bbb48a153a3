package vn.doithoai.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A residential area of a commune: thôn, tổ dân phố, khóm or ấp. */
@Entity
class Area {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communeId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AreaKind kind;

	@Version
	private int version;

	protected Area() {
	}

	Area(Long communeId, String code, String name, AreaKind kind) {
		this.communeId = communeId;
		this.code = code;
		this.name = name;
		this.kind = kind;
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

	AreaKind getKind() {
		return this.kind;
	}

	int getVersion() {
		return this.version;
	}

	void update(String code, String name, AreaKind kind) {
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	AreaView toView() {
		return new AreaView(this.id, this.code, this.name, this.kind, this.version);
	}

}
