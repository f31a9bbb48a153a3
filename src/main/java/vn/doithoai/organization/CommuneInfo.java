package vn.doithoai.organization;

/** What other modules know of a commune. */
public record CommuneInfo(long id, String code, String name, CommuneKind kind, String provinceCode,
		String provinceName) {

	/** The message key of the kind word ("xã", "phường" …) to put before the name. */
	public String kindKey() {
		return "commune.kind." + this.kind.name();
	}

}
