package dev.ndgrade.python;

import java.util.Optional;

/**
 * What one interactive unit (a top-level statement, or statements sharing a line) did.
 *
 * @param line       the unit's first line (1-based)
 * @param source     the unit's source text
 * @param output     everything it printed, the error line included
 * @param valueRepr  the repr it displayed, when its last statement is an expression statement with a non-None value
 * @param errorType  the exception type name, when it raised
 * @param errorMessage the exception message, when it raised
 */
public record UnitOutcome(int line, String source, String output, Optional<String> valueRepr,
                          Optional<String> errorType, Optional<String> errorMessage) {
}
