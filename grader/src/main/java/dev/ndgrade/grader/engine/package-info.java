/**
 * ndgrade's JUnit Platform {@code TestEngine} (an exercise is a container, a question a test), the
 * listener that turns its events into verdicts, and {@link dev.ndgrade.grader.engine.Grader}, which
 * grades a submission by running them on the Launcher.
 */
package dev.ndgrade.grader.engine;
