/**
 * Who is who: provinces and their communes (xã, phường, đặc khu), each commune's areas
 * (thôn, tổ dân phố, khóm, ấp), departments and officials, and the shared list of fields
 * (lĩnh vực).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tổ chức")
package vn.doithoai.organization;
