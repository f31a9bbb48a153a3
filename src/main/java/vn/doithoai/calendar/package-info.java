/**
 * Calendar: the Vietnamese lunar calendar, the statutory holidays, the yearly official
 * schedules and the working-day arithmetic that every deadline is counted with; each
 * commune's deadline rules, and the deadlines other modules keep here so that a calendar
 * change moves them all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lịch và thời hạn")
package vn.doithoai.calendar;
