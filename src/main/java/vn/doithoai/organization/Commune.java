package vn.doithoai.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A commune-level unit: the tenant that owns its areas, departments, officials and
 * dialogues.
 */
@Entity
class Commune {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private CommuneKind kind;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "province_code")
	private Province province;

	@Version
	private int version;

	protected Commune() {
	}

	Commune(String code, String name, CommuneKind kind, Province province) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.province = province;
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

	CommuneKind getKind() {
		return this.kind;
	}

	Province getProvince() {
		return this.province;
	}

	int getVersion() {
		return this.version;
	}

	boolean sameAs(String name, CommuneKind kind, Province province) {
		return this.name.equals(name) && this.kind == kind && this.province.getCode().equals(province.getCode());
	}

	void update(String name, CommuneKind kind, Province province) {
		this.name = name;
		this.kind = kind;
		this.province = province;
	}

	CommuneInfo toInfo() {
		return new CommuneInfo(this.id, this.code, this.name, this.kind, this.province.getCode(),
				this.province.getName());
	}

}
