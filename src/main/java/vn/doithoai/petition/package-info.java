/**
 * Petitions (ý kiến, kiến nghị): what citizens ask or propose, from every channel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ý kiến, kiến nghị")
package vn.doithoai.petition;
