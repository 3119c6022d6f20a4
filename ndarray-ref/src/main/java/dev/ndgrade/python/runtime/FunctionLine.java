package dev.ndgrade.python.runtime;

/**
 * A place inside a function: where an exception that stopped a program was raised, for a report to point at.
 *
 * @param function the function's name
 * @param line the line (1-based) of the innermost statement that raised, in the file that defined the function
 */
public record FunctionLine(String function, int line) {
}
