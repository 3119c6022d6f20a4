package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The frames running now, the module's first, and CPython's recursion limit on how many calls may stack on it.
 */
final class CallStack {
    /**
     * The Python frames (function, lambda and comprehension calls) a top-level unit may stack: CPython's recursion
     * limit of 1000 less what the interactive loop already uses, measured with the golden runner in a fresh
     * interpreter.
     */
    static final int RECURSION_LIMIT = 994;
    private static final String PROBATION =
            "recursion to the limit after an earlier RecursionError (CPython 3.11's limit then shifts by one frame)";

    private final List<Frame> frames = new ArrayList<>();
    private final Interpreter interpreter;
    /**
     * Whether a RecursionError happened in this session: CPython 3.11's limit may then allow one frame more (its
     * recursion counter leaks after some errors), so the frame past the limit runs only on probation.
     */
    private boolean limitReached;
    private boolean onProbation;

    CallStack(Interpreter interpreter, Frame module) {
        this.interpreter = interpreter;
        frames.add(module);
    }

    Frame current() {
        return frames.get(frames.size() - 1);
    }

    /** The module's frame and every frame of a call still running, outermost first: what keeps locals alive. */
    List<Frame> frames() {
        return Collections.unmodifiableList(frames);
    }

    /** Runs {@code body} with {@code callee} as the current frame, unless the recursion limit is reached. */
    Object call(Frame callee, Supplier<Object> body) {
        if (depth() >= RECURSION_LIMIT) {
            if (!limitReached || onProbation) {
                limitReached = true;
                throw recursionError();
            }
            return onProbation(callee, body);
        }
        return run(callee, body);
    }

    private Object run(Frame callee, Supplier<Object> body) {
        frames.add(callee);
        try {
            return body.get();
        } finally {
            frames.remove(frames.size() - 1);
        }
    }

    /**
     * The frame one past the limit, which CPython 3.11 runs or refuses depending on its history: the transcript is
     * the same either way only if the frame does nothing observable before it recurses again and hits the limit.
     */
    private Object onProbation(Frame callee, Supplier<Object> body) {
        onProbation = true;
        try {
            interpreter.refusingEffects(PROBATION, () -> run(callee, body));
        } catch (PyException e) {
            if (e.pyType().equals("RecursionError")) {
                throw e;
            }
        } catch (NumpyException e) {
            // raised where CPython may have refused the frame: unsupported below
        } finally {
            onProbation = false;
        }
        throw new UnsupportedFeature(PROBATION);
    }

    private static PyException recursionError() {
        return new PyException("RecursionError", "maximum recursion depth exceeded");
    }

    /**
     * Called before an operation CPython guards with a C-level recursion check (calling a builtin, comparing,
     * converting to str): in the deepest frame CPython allows, that check fails first, with a message of its own
     * ("... in comparison", "... while getting the str of an object") that ndgrade does not model.
     */
    void beforeCLevelCall() {
        if (depth() >= RECURSION_LIMIT) {
            throw new UnsupportedFeature("an operation at CPython's recursion limit (its RecursionError message depends on the C call)");
        }
    }

    private int depth() {
        return frames.size() - 1;
    }
}
