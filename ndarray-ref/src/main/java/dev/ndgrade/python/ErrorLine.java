package dev.ndgrade.python;

import dev.ndgrade.limits.LimitExceeded;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.python.runtime.PyException;
import dev.ndgrade.python.runtime.UnsupportedFeature;
import dev.ndgrade.python.syntax.PythonSyntaxError;
import java.util.Optional;

/**
 * The one line a unit that failed prints, {@code Type: message}: Python's exception, {@code UnsupportedError} for
 * code outside the subset, {@code LimitError} for a snippet that went over its limits or over what the reference can
 * hold. Whatever the unit threw, an {@link Error} included, becomes such a line: nothing a snippet does ends a run.
 *
 * @param type    the type name printed before the colon
 * @param message the rest of the line
 */
record ErrorLine(String type, String message) {

    /**
     * The line for {@code failure}, thrown by the unit starting at line {@code unitLine} of {@code fileName}.
     */
    static ErrorLine of(Throwable failure, String fileName, int unitLine) {
        if (failure instanceof PythonSyntaxError e) {
            // CPython compiles each unit on its own, so the line it reports counts from the unit's first line
            return new ErrorLine(e.kind().pythonName(), e.pythonMessage() + " (" + baseName(fileName) + ", line "
                    + (e.line() - unitLine + 1) + ")");
        } else if (failure instanceof PyException e) {
            return python(e, fileName, unitLine);
        } else if (failure instanceof NumpyException e) {
            return new ErrorLine(e.pyType(), e.getMessage());
        } else if (failure instanceof UnsupportedFeature e) {
            return new ErrorLine("UnsupportedError", "ndgrade does not support " + e.getMessage() + " (" + fileName
                    + e.pos().map(p -> ", line " + p.line() + ", column " + (p.column() + 1))
                    .orElse(", line " + unitLine) + ")");
        } else if (failure instanceof LimitExceeded e) {
            return limit(e.getMessage(), fileName, e.line().orElse(unitLine));
        } else if (failure instanceof StackOverflowError) {
            // Python's recursion limit fires long before the interpreter thread's stack is used up: this is nesting
            // CPython would have handled, or refused with a message the reference cannot know
            return limit("the code nests deeper than the reference's stack holds", fileName, unitLine);
        } else if (failure instanceof OutOfMemoryError) {
            return limit("the reference ran out of memory", fileName, unitLine);
        }
        return new ErrorLine("UnsupportedError", "ndgrade could not run this (" + failure.getClass().getSimpleName()
                + ") (" + fileName + ", line " + unitLine + ")");
    }

    private static ErrorLine python(PyException e, String fileName, int unitLine) {
        Optional<String> message = e.printableMessage();
        if (!e.isException() || message.isEmpty()) {
            // SystemExit, KeyboardInterrupt…: CPython's interactive loop would stop, not print a line
            return new ErrorLine("UnsupportedError", "ndgrade does not support " + (message.isEmpty()
                    ? "printing this " + e.pyType() : "letting " + e.pyType() + " escape") + " (" + fileName
                    + ", line " + unitLine + ")");
        }
        return new ErrorLine(e.pyType(), message.get());
    }

    /** {@code LimitError: <what> (file, line L)}. */
    static ErrorLine limit(String what, String fileName, int line) {
        return new ErrorLine(LimitExceeded.TYPE_NAME, what + " (" + fileName + ", line " + line + ")");
    }

    /** The line as printed, without its newline. */
    String text() {
        return type + ": " + message;
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
