/**
 * Vietnamese text: NFC normalisation of every incoming string, diacritic-insensitive
 * search keys, tone placement variants ("Hoà"/"Hòa") treated as equal, and Vietnamese
 * sorting of words and personal names.
 * <p>
 * A shared module: every other module may use it, and it depends on none of them.
 */
package vn.doithoai.text;
