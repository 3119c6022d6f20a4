/**
 * The languages ndgrade speaks to students: message bundles for every UI string of reports, the
 * class summary and the student commands (English and Korean). Exercise text is the author's.
 */
package dev.ndgrade.grader.i18n;
