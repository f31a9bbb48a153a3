package vn.doithoai.organization;

import vn.doithoai.text.PersonName;

/** An official as pages, the API and the audit log show it. */
public record OfficialView(long id, PersonName name, String title, Long departmentId, Long areaId, int version) {

}
