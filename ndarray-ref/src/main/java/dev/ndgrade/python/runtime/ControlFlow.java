package dev.ndgrade.python.runtime;

/** break, continue and return, unwinding the interpreter's Java stack without a stack trace. */
final class ControlFlow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Kind { BREAK, CONTINUE, RETURN }

    final Kind kind;
    final transient Object value;

    ControlFlow(Kind kind, Object value) {
        super(null, null, false, false);
        this.kind = kind;
        this.value = value;
    }
}
