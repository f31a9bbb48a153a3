/**
 * The front doors: the public portal (every commune and its public page) and each role's
 * home page after login, with real counts from the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cổng thông tin")
package vn.doithoai.portal;
