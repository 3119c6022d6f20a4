/** Students' answer files, and comparing an answer with the key by meaning, one comparator per answer kind. */
package dev.ndgrade.grader.answer;
