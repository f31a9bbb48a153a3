/**
 * Who may do what: staff accounts and their roles, each bound to one commune (province
 * supervisors to a province), form login with lockout, personal access tokens for the
 * JSON API, and the tenant guard that keeps every commune's data to its own staff.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Truy cập")
package vn.doithoai.access;
