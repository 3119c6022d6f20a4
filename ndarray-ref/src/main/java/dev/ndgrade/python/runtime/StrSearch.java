package dev.ndgrade.python.runtime;

/** {@code find}, {@code rfind}, {@code index}, {@code rindex} and {@code count} over a slice {@code [start:end]}. */
final class StrSearch {
    private StrSearch() {
    }

    /** The slice {@code [start:end]} of {@code a[first]}, {@code a[first+1]} clamped as slicing clamps it. */
    static int[] bounds(String s, Object[] a, int first) {
        int n = s.length();
        int start = a.length > first ? clamp(a[first], n, 0, n + 1) : 0;
        int end = a.length > first + 1 ? clamp(a[first + 1], n, n, n) : n;
        return new int[] {start, end};
    }

    /** Negative positions count from the end; a start past the end stays there, so nothing is found. */
    private static int clamp(Object v, int n, int dflt, int max) {
        if (v instanceof PyNone) {
            return dflt;
        }
        Long i = Subscripts.asIndex(v);
        if (i == null) {
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        long k = i < 0 ? i + n : i;
        return (int) Math.max(0, Math.min(max, k));
    }

    static Object search(String s, String name, Object[] a) {
        String sub = PyStrMethods.str(a[0], "");
        int[] r = bounds(s, a, 1);
        if (name.equals("count")) {
            return Ints.of(count(s, sub, r[0], r[1]));
        }
        boolean right = name.startsWith("r");
        int at = -1;
        if (r[1] - r[0] >= sub.length()) {
            String window = s.substring(r[0], r[1]);
            int k = right ? window.lastIndexOf(sub) : window.indexOf(sub);
            at = k < 0 ? -1 : k + r[0];
        }
        if (at < 0 && name.contains("index")) {
            throw PyException.valueError("substring not found");
        }
        return Ints.of(at);
    }

    private static long count(String s, String sub, int start, int end) {
        if (end - start < sub.length()) {
            return 0;
        }
        if (sub.isEmpty()) {
            return end - start + 1;
        }
        String window = s.substring(start, end);
        long n = 0;
        for (int at = window.indexOf(sub); at >= 0; at = window.indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }
}
