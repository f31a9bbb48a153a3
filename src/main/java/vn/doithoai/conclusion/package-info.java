/**
 * What a conference leaves in writing: its minutes (biên bản), drafted from the live
 * record, finalised under a number and locked, corrected only by numbered addenda; and
 * the chair's conclusion notice (thông báo kết luận) with its directives to departments,
 * published on the portal without personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Biên bản và kết luận")
package vn.doithoai.conclusion;
