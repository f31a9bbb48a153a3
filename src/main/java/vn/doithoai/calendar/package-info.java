/**
 * Calendar: the Vietnamese lunar calendar, the statutory holidays, the yearly official
 * schedules and the working-day arithmetic that deadlines are counted with.
 */
package vn.doithoai.calendar;
