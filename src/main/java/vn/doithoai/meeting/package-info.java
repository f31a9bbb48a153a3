/**
 * The live conference (hội nghị đang diễn ra): check-in and attendance, the agenda as it
 * runs, the speaking queue, the secretary's record of each turn (saved exactly once, even
 * through a dropped network), the chair's console and the public display.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hội nghị trực tiếp")
package vn.doithoai.meeting;
