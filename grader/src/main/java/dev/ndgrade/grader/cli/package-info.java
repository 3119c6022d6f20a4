/** The {@code ndgrade} command line: one picocli command class per subcommand. */
package dev.ndgrade.grader.cli;
