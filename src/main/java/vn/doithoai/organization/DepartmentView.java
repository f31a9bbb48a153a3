package vn.doithoai.organization;

/** A department as pages, the API and the audit log show it. */
public record DepartmentView(long id, String code, String name, int version) {

}
