/**
 * Python implement exercises: reads a {@code .py} submission and runs each check in a fresh reference session
 * (the student's file, then the check), which is the whole sandbox: the interpreter can do no I/O, and time and
 * output are limited per check.
 */
package dev.ndgrade.grader.pycheck;
