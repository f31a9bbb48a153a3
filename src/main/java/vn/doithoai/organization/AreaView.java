package vn.doithoai.organization;

/** An area as pages, the API and the audit log show it. */
public record AreaView(long id, String code, String name, AreaKind kind, int version) {

}
