/**
 * Official documents (văn bản): the plans, notices, minutes, reports, decisions and
 * invitations a commune issues, in the two forms the law prescribes — state bodies (Nghị
 * định 30/2020/NĐ-CP, Phụ lục I) and Party committees (Hướng dẫn 36-HD/VPTW) — rendered
 * to PDF and DOCX, and the register that gives each issued document its number and symbol
 * ("Số: 05/KH-UBND"), one series per commune, year, type and issuer.
 * <p>
 * Other modules describe a document with {@link vn.doithoai.document.OfficialDocument},
 * take its number from {@link vn.doithoai.document.DocumentNumbers} inside the
 * transaction that issues it, and render it with
 * {@link vn.doithoai.document.DocumentRenderer}. The same renderer prints the blank
 * registration form citizens fill in by hand
 * ({@link vn.doithoai.document.RegistrationSheet}), with a QR code to the online form.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Văn bản")
package vn.doithoai.document;
