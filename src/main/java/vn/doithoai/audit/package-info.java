/**
 * The append-only audit log: who changed which record, when, and what it looked like
 * before and after; written in the same transaction as the change, browsed by
 * administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký")
package vn.doithoai.audit;
