package dev.ndgrade.python;

/** The snippet interpreter's one-call entry point: the transcript of a file run in a fresh session. */
public final class Eval {

    private Eval() {
    }

    /** What CPython 3.11 with NumPy 2.4 prints for {@code source} run unit by unit in interactive mode. */
    public static String transcript(String source, String fileName) {
        return Session.create().run(source, fileName).output();
    }
}
