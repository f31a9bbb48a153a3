/**
 * Cross-cutting plumbing every module relies on: the database (embedded PostgreSQL when
 * none is configured), web and message configuration, error pages and the page layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hệ thống")
package vn.doithoai.system;
