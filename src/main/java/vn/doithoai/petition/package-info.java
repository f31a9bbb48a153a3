/**
 * Petitions (ý kiến, kiến nghị): what citizens ask, taken in from every channel (the
 * public form and API, paper forms, area heads and the Fatherland Front, phone and
 * e-mail), triaged by the secretary, assigned to a department, answered by an official
 * and approved by the chair; raised and settled at the live conference (through
 * {@link vn.doithoai.petition.ConferencePetitions}); tracked by the citizen with a code;
 * searched without regard to diacritics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ý kiến, kiến nghị")
package vn.doithoai.petition;
