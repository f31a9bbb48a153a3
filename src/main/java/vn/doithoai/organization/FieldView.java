package vn.doithoai.organization;

/** A field (lĩnh vực) as pages, the API and the audit log show it. */
public record FieldView(long id, String code, String name, int position, boolean active, int version) {

}
