package dev.ndgrade.python;

import dev.ndgrade.python.runtime.FunctionLine;
import java.util.Optional;

/**
 * Why a program stopped before its end.
 *
 * @param type    the exception's type name ({@code AssertionError}, {@code SyntaxError}, {@code UnsupportedError},
 *                {@code LimitError}…)
 * @param message its message, possibly empty
 * @param line    the line (1-based) of the top-level statement that was running
 * @param raisedIn where inside a function it was raised, {@code null} when not inside one
 */
public record ProgramError(String type, String message, int line, FunctionLine raisedIn) {

    /** Where inside a function the error was raised, if it was. */
    public Optional<FunctionLine> function() {
        return Optional.ofNullable(raisedIn);
    }

    /** Whether the program could not run at all as Python would: a syntax error, unsupported code, a limit. */
    public boolean notRunnable() {
        return type.equals("SyntaxError") || type.equals("IndentationError") || type.equals("TabError")
                || type.equals("UnsupportedError") || type.equals("LimitError");
    }

    /** {@code Type: message}, or just the type when the message is empty (as CPython prints it). */
    public String text() {
        return message.isEmpty() ? type : type + ": " + message;
    }
}
