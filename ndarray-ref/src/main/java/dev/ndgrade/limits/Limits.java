package dev.ndgrade.limits;

import java.util.List;
import java.util.Locale;

/**
 * What one snippet run may spend. Steps, seconds and array bytes are budgets of one interactive unit (each top-level
 * statement starts with all of them), so a unit that exceeds one costs only itself and a unit's fate never depends on
 * how much the units before it spent; the output budget is per file (one {@code Session.run}).
 *
 * <p>Steps are the deterministic guard: a statement executed, a loop iteration or item iterated and a call each cost
 * one step, and array work costs one step per {@value Meter#ELEMENTS_PER_STEP} elements, charged before the
 * operation runs. The wall clock only catches what steps miss. Array bytes count what a unit allocates, not what stays
 * alive (the reference does not model garbage collection).
 *
 * @param steps       steps one unit may take
 * @param seconds     wall-clock seconds one unit may run: a safety net, not a measure
 * @param arrayBytes  bytes of array data one unit may allocate
 * @param intBits     bits of the largest int a computation may make
 * @param strChars    characters of the longest str an operation may make
 * @param listItems   items of the longest list or tuple an operation may make
 * @param outputBytes UTF-8 bytes one file may print
 */
public record Limits(long steps, long seconds, long arrayBytes, long intBits, long strChars, long listItems,
                     long outputBytes) {

    /** Ample for any teaching snippet (the course notebook runs whole at its real size), small enough to stop a bomb. */
    public static final Limits DEFAULT = new Limits(20_000_000L, 30L, 1L << 31, 1_000_000L, 10_000_000L,
            10_000_000L, 1L << 20);

    /** No limit at all: what code outside any session (tests of the array layer, benchmarks) runs under. */
    public static final Limits NONE = new Limits(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
            Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    private static final List<String> NAMES = List.of("steps", "seconds", "array-bytes", "int-bits", "str-chars",
            "list-items", "output-bytes");

    public Limits {
        long[] values = {steps, seconds, arrayBytes, intBits, strChars, listItems, outputBytes};
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= 0) {
                throw new IllegalArgumentException(NAMES.get(i) + " must be positive, found " + values[i]);
            }
        }
    }

    /** The settings' names, as an exercise's {@code limits:} map and {@code eval --limit} spell them. */
    public static List<String> names() {
        return NAMES;
    }

    /** These limits with the one called {@code name} set to {@code value}. */
    public Limits with(String name, long value) {
        return switch (name) {
            case "steps" -> new Limits(value, seconds, arrayBytes, intBits, strChars, listItems, outputBytes);
            case "seconds" -> new Limits(steps, value, arrayBytes, intBits, strChars, listItems, outputBytes);
            case "array-bytes" -> new Limits(steps, seconds, value, intBits, strChars, listItems, outputBytes);
            case "int-bits" -> new Limits(steps, seconds, arrayBytes, value, strChars, listItems, outputBytes);
            case "str-chars" -> new Limits(steps, seconds, arrayBytes, intBits, value, listItems, outputBytes);
            case "list-items" -> new Limits(steps, seconds, arrayBytes, intBits, strChars, value, outputBytes);
            case "output-bytes" -> new Limits(steps, seconds, arrayBytes, intBits, strChars, listItems, value);
            default -> throw new IllegalArgumentException("unknown limit '" + name + "' (expected "
                    + String.join(", ", NAMES) + ")");
        };
    }

    /** How a message names the limit {@code name}: {@code steps=20000000}. */
    String setting(String name) {
        long value = switch (name) {
            case "steps" -> steps;
            case "seconds" -> seconds;
            case "array-bytes" -> arrayBytes;
            case "int-bits" -> intBits;
            case "str-chars" -> strChars;
            case "list-items" -> listItems;
            case "output-bytes" -> outputBytes;
            default -> throw new IllegalArgumentException(name);
        };
        return String.format(Locale.ROOT, "%s=%d", name, value);
    }
}
