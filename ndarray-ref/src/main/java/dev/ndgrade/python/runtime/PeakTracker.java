package dev.ndgrade.python.runtime;

import java.util.function.LongConsumer;

/**
 * {@code peak_bytes()}: the most array bytes alive at once since tracking began. Live bytes only grow when a buffer
 * is allocated, so the peak is reached at some allocation: there, what was alive (every name, every frame's locals,
 * every operand and argument CPython's value stack still holds) plus the new buffer. Temporaries count as CPython and
 * NumPy hold them, with one exception NumPy makes: it may reuse a large temporary operand of an arithmetic operator
 * for the result ("temporary elision", arrays of 256 KiB and more whose only reference is the operator's), so in
 * {@code (a + 1) * 2} NumPy's peak holds two arrays of {@code a}'s size where this one counts three.
 */
final class PeakTracker implements LongConsumer {
    private final Interpreter interpreter;
    private long peak;

    PeakTracker(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.peak = Builtins.ledger(interpreter).liveBytes();
    }

    @Override
    public void accept(long allocating) {
        peak = Math.max(peak, Builtins.ledger(interpreter).liveBytes() + allocating);
    }

    long peak() {
        return Math.max(peak, Builtins.ledger(interpreter).liveBytes());
    }
}
