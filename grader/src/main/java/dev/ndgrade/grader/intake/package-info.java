/** What goes in: answer files, folders and LMS submission zips found and named, with who submitted each. */
package dev.ndgrade.grader.intake;
