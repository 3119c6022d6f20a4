package dev.ndgrade.python;

import dev.ndgrade.limits.Limits;

/** The snippet interpreter's one-call entry point: the transcript of a file run in a fresh session. */
public final class Eval {

    private Eval() {
    }

    /** What CPython 3.11 with NumPy 2.4 prints for {@code source} run unit by unit in interactive mode. */
    public static String transcript(String source, String fileName) {
        return transcript(source, fileName, Limits.DEFAULT);
    }

    /** {@link #transcript(String, String)} under {@code limits}. */
    public static String transcript(String source, String fileName, Limits limits) {
        return Session.create(limits).run(source, fileName).output();
    }
}
