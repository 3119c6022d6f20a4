package dev.ndgrade.limits;

import java.util.function.Supplier;

/**
 * Counts what the running snippet spends against its {@link Limits} and throws {@link LimitExceeded} before an
 * operation would go over: the interpreter charges steps, the array layer charges element work and allocations, the
 * Python values charge their sizes, each before doing the work. One meter per session; the thread running the
 * session's code has it as its {@linkplain #current() current} meter (every other thread has an unlimited one), so the
 * array layer needs no handle on the interpreter.
 */
public final class Meter {
    /**
     * Elements of array work that cost about as much as one step of the interpreter: measured on a shared 2-core
     * machine, a step (a loop pass) takes 150-550 ns, an element of {@code a + a} or {@code a.sum()} 7-15 ns.
     */
    public static final int ELEMENTS_PER_STEP = 64;
    /** Work between two looks at the wall clock: about a thousand steps. */
    private static final long CLOCK_EVERY = 1024L * ELEMENTS_PER_STEP;
    private static final ThreadLocal<Meter> CURRENT = ThreadLocal.withInitial(() -> new Meter(Limits.NONE));

    private final Limits limits;
    private final long workLimit;
    private final long unitNanos;
    private long work;
    private long nextClockLook;
    private long allocated;
    private long printed;
    private volatile long unitStart = System.nanoTime();
    private volatile boolean cancelled;

    public Meter(Limits limits) {
        this.limits = limits;
        this.workLimit = saturatedProduct(limits.steps(), ELEMENTS_PER_STEP);
        this.unitNanos = saturatedProduct(limits.seconds(), 1_000_000_000L);
    }

    /** The meter of the session whose code this thread runs; an unlimited one on any other thread. */
    public static Meter current() {
        return CURRENT.get();
    }

    /** Runs {@code work} on this thread with this meter current. */
    public <T> T runMetered(Supplier<T> work) {
        Meter outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    public Limits limits() {
        return limits;
    }

    /** A new file: nothing printed yet, and the clock starts (parsing counts against the first unit's time). */
    public void startFile() {
        printed = 0;
        unitStart = System.nanoTime();
    }

    /** A new unit: every per-unit budget is full again and its clock starts. */
    public void startUnit() {
        work = 0;
        nextClockLook = CLOCK_EVERY;
        allocated = 0;
        unitStart = System.nanoTime();
    }

    /** One step: a statement, a loop iteration, an item iterated, a call. */
    public void step() {
        work(ELEMENTS_PER_STEP);
    }

    /** {@code n} steps at once, e.g. the items a loop materialises. */
    public void steps(long n) {
        work(saturatedProduct(n, ELEMENTS_PER_STEP));
    }

    /** Array work over {@code n} elements, charged before it runs. */
    public void elements(long n) {
        work(n);
    }

    private void work(long units) {
        if (units > workLimit - work) {
            throw exceeded("this unit's step count", "steps");
        }
        work += units;
        if (work >= nextClockLook || cancelled) {
            nextClockLook = work + CLOCK_EVERY;
            lookAtClock();
        }
    }

    private void lookAtClock() {
        if (cancelled || System.nanoTime() - unitStart > unitNanos) {
            throw exceeded("this unit's run time", "seconds");
        }
    }

    /** A new array buffer of {@code bytes}. */
    public void allocate(long bytes) {
        if (bytes > limits.arrayBytes() - allocated) {
            String what = allocated == 0 ? "an array of " + bytes + " bytes"
                    : "the array data this unit allocates (" + (allocated + bytes) + " bytes)";
            throw exceeded(what, "array-bytes");
        }
        allocated += bytes;
    }

    /** A new int of {@code bits} bits. */
    public void intBits(long bits) {
        if (bits > limits.intBits()) {
            throw exceeded("an int of " + bits + " bits", "int-bits");
        }
    }

    /** A new str of {@code chars} characters. */
    public void strChars(long chars) {
        if (chars > limits.strChars()) {
            throw exceeded("a str of " + chars + " characters", "str-chars");
        }
    }

    /** A new list or tuple ({@code kind}) of {@code items} items. */
    public void listItems(long items, String kind) {
        if (items > limits.listItems()) {
            throw exceeded("a " + kind + " of " + items + " items", "list-items");
        }
    }

    /** Text about to be printed. */
    public void print(CharSequence text) {
        long bytes = utf8Length(text);
        if (bytes > limits.outputBytes() - printed) {
            throw exceeded("the output", "output-bytes");
        }
        printed += bytes;
    }

    /**
     * Whether the current unit has run {@code graceNanos} longer than its time limit: its thread is stuck where no
     * charge looks at the clock. Read from another thread.
     */
    public boolean overdue(long graceNanos) {
        return System.nanoTime() - unitStart - unitNanos > graceNanos;
    }

    /** Makes the next charge throw: the thread running the snippet has been given up. Called from another thread. */
    public void cancel() {
        cancelled = true;
    }

    /** The error for going over the limit {@code name}, used also for limits the meter does not count itself. */
    public LimitExceeded exceeded(String what, String name) {
        return new LimitExceeded(what + " exceeds the limit " + limits.setting(name));
    }

    private static long utf8Length(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static long saturatedProduct(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
