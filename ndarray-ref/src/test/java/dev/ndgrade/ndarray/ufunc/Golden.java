package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the golden files written by {@code src/test/python/make_ufunc_golden.py} (format described there) and compares
 * ndgrade's results with NumPy's.
 */
final class Golden {
    private Golden() {
    }

    /** One case: its tab-separated fields, with {@code $n} operand names already resolved. */
    record Case(int line, String[] fields) {
        String field(int i) {
            return fields[i];
        }

        @Override
        public String toString() {
            return "line " + line + ": " + String.join("  ", fields);
        }
    }

    static List<Case> read(String name) {
        InputStream in = Golden.class.getResourceAsStream("/ufunc/" + name);
        InputStream gz = in == null ? Golden.class.getResourceAsStream("/ufunc/" + name + ".gz") : null;
        if (gz != null) {
            try {
                in = new java.util.zip.GZIPInputStream(gz); // the large tables are kept compressed in git
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read /ufunc/" + name + ".gz", e);
            }
        }
        if (in == null) {
            throw new IllegalStateException("missing golden file /ufunc/" + name);
        }
        List<Case> cases = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("let")) {
                    names.put(f[1], f[2]);
                    continue;
                }
                for (int i = 1; i < f.length - 1; i++) {
                    String[] parts = f[i].split(";", -1);
                    for (int j = 0; j < parts.length; j++) {
                        parts[j] = names.getOrDefault(parts[j], parts[j]);
                    }
                    f[i] = String.join(";", parts);
                }
                cases.add(new Case(no, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    // ---- operands -------------------------------------------------------------------------------------------

    /** Builds operands; views with the same dtype and base values share one base array (one per builder). */
    static final class Operands {
        private final Map<String, NdArray> bases = new HashMap<>();

        Operand operand(String token) {
            String[] p = token.split(":", 2);
            return switch (p[0]) {
                case "V" -> Operand.of(view(token));
                case "S" -> Operand.of(scalar(token.substring(2)));
                case "I" -> Operand.pyInt(new BigInteger(p[1]));
                case "F" -> Operand.pyFloat(parseDouble(p[1]));
                case "C" -> {
                    double[] c = parseComplex(p[1]);
                    yield Operand.pyComplex(c[0], c[1]);
                }
                case "B" -> Operand.pyBool(p[1].equals("1"));
                default -> throw new IllegalArgumentException("unknown operand " + token);
            };
        }

        List<Operand> operands(String tokens) {
            List<Operand> out = new ArrayList<>();
            for (String t : tokens.split(";")) {
                out.add(operand(t));
            }
            return out;
        }

        /** {@code V:dtype:offset:shape:strides:values}. */
        NdArray view(String token) {
            String[] p = token.split(":", 6);
            DType t = dtype(p[1]);
            NdArray base = bases.computeIfAbsent(p[1] + ":" + p[5], k -> {
                String[] vals = p[5].isEmpty() ? new String[0] : p[5].split(",");
                NdArray b = NdArray.allocate(t, new long[] {vals.length}, 'C', ViewOrigin.fresh("golden base"));
                for (int i = 0; i < vals.length; i++) {
                    Elements.write(t, b.buffer(), (long) i * t.itemsize(), value(t, vals[i]));
                }
                return b;
            });
            return base.view(Long.parseLong(p[2]), dims(p[3]), dims(p[4]), t, ViewOrigin.view("golden view", ""));
        }

        /** The base array a view token was built on. */
        NdArray baseOf(String token) {
            String[] p = token.split(":", 6);
            return bases.get(p[1] + ":" + p[5]);
        }
    }

    static DType dtype(String name) {
        return DType.byName(name).orElseThrow(() -> new IllegalArgumentException("unknown dtype " + name));
    }

    static long[] dims(String s) {
        if (s.isEmpty()) {
            return new long[0];
        }
        return Arrays.stream(s.split("x")).mapToLong(Long::parseLong).toArray();
    }

    /** {@code dtype:value}. */
    static Scalar scalar(String s) {
        String[] p = s.split(":", 2);
        return value(dtype(p[0]), p[1]);
    }

    static Scalar value(DType t, String v) {
        if (t instanceof DType.Bool) {
            return Scalar.of(v.equals("1"));
        } else if (t instanceof DType.Int i) {
            return Scalar.ofInt(i, new BigInteger(v).longValue());
        } else if (t instanceof DType.Float f) {
            return Scalar.ofFloat(f, parseDouble(v));
        }
        double[] c = parseComplex(v);
        return Scalar.ofComplex((DType.Complex) t, c[0], c[1]);
    }

    static double parseDouble(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static double[] parseComplex(String s) {
        int j = s.indexOf('j');
        return new double[] {parseDouble(s.substring(0, j)), parseDouble(s.substring(j + 1))};
    }

    // ---- comparing results ----------------------------------------------------------------------------------

    /** How closely floats must match: exactly (NaNs equal), or to a relative 1e-12 (1e-5 in single precision). */
    enum Tolerance { EXACT, RELATIVE }

    /** Runs a case; returns null when the result matches the expectation, else a description of the difference. */
    static String check(String expected, java.util.function.Supplier<Object> action, Tolerance tol) {
        Object actual;
        try {
            actual = action.get();
        } catch (NumpyException e) {
            String got = "E:" + e.pyType() + ":" + e.getMessage();
            return got.equals(expected) ? null : "expected " + expected + " but raised " + got;
        } catch (RuntimeException e) {
            return "expected " + expected + " but threw " + e;
        }
        return compare(expected, actual, tol);
    }

    static String compare(String expected, Object actual, Tolerance tol) {
        String[] p = expected.split(":", 5);
        switch (p[0]) {
            case "E":
                return "expected " + expected + " but got " + describe(actual);
            case "S": {
                if (!(actual instanceof Scalar s)) {
                    return "expected scalar " + expected + " but got " + describe(actual);
                }
                Scalar want = value(dtype(p[1]), p[2]);
                if (!s.dtype().equals(want.dtype()) || !sameValue(want, s, tol)) {
                    return "expected " + expected + " but got scalar " + describe(s);
                }
                return null;
            }
            case "R": {
                if (!(actual instanceof NdArray a)) {
                    return "expected array " + expected + " but got " + describe(actual);
                }
                return compareArray(p, a, tol, expected);
            }
            default:
                throw new IllegalArgumentException("unknown expectation " + expected);
        }
    }

    /** {@code R:dtype:shape:strides:values} against an array. */
    static String compareArray(String[] p, NdArray a, Tolerance tol, String expected) {
        DType t = dtype(p[1]);
        if (!a.dtype().equals(t) || !Arrays.equals(a.shape(), dims(p[2])) || !Arrays.equals(a.strides(), dims(p[3]))) {
            return "expected " + abbreviate(expected) + " but got " + describe(a);
        }
        String[] vals = p[4].isEmpty() ? new String[0] : p[4].split(",");
        long[] offs = a.offsetsInCOrder();
        for (int i = 0; i < offs.length; i++) {
            Scalar want = value(t, vals[i]);
            Scalar got = a.elementAt(offs[i]);
            if (!sameValue(want, got, tol)) {
                return "element " + i + ": expected " + vals[i] + " but got " + describe(got) + " in " + abbreviate(expected);
            }
        }
        return null;
    }

    static boolean sameValue(Scalar want, Scalar got, Tolerance tol) {
        if (want instanceof Scalar.FloatValue w) {
            return close(w.value(), got.asDouble(), tol, w.type().itemsize() == 4);
        } else if (want instanceof Scalar.ComplexValue w) {
            boolean single = w.type().itemsize() == 8;
            if (tol == Tolerance.RELATIVE && Double.isFinite(w.re()) && Double.isFinite(w.im())) {
                // transcendental complex results: compare against the modulus, not part by part
                double scale = Math.hypot(w.re(), w.im());
                double eps = single ? 1e-5 : 1e-12;
                return Math.abs(w.re() - got.asDouble()) <= eps * scale && Math.abs(w.im() - got.imag()) <= eps * scale;
            }
            return close(w.re(), got.asDouble(), tol, single) && close(w.im(), got.imag(), tol, single);
        }
        return want.equals(got);
    }

    private static boolean close(double want, double got, Tolerance tol, boolean single) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        if (Double.doubleToRawLongBits(want) == Double.doubleToRawLongBits(got)) {
            return true;
        }
        return switch (tol) {
            case EXACT -> false;
            case RELATIVE -> Math.abs(want - got) <= (single ? 1e-5 : 1e-12) * Math.abs(want);
        };
    }

    static String describe(Object o) {
        if (o instanceof NdArray a) {
            StringBuilder sb = new StringBuilder("array " + a.dtype() + " shape=" + Arrays.toString(a.shape())
                    + " strides=" + Arrays.toString(a.strides()) + " [");
            long[] offs = a.offsetsInCOrder();
            for (int i = 0; i < Math.min(offs.length, 12); i++) {
                sb.append(i > 0 ? "," : "").append(describe(a.elementAt(offs[i])));
            }
            return sb.append(offs.length > 12 ? ",…]" : "]").toString();
        }
        if (o instanceof Scalar.IntValue i) {
            return i.dtype() + ":" + i.decimal();
        }
        if (o instanceof Scalar.ComplexValue c) {
            return c.dtype() + ":" + c.re() + "j" + c.im();
        }
        if (o instanceof Scalar s) {
            return s.dtype() + ":" + (s instanceof Scalar.BoolValue b ? b.value() : s.asDouble());
        }
        return String.valueOf(o);
    }

    static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    /** Fails listing the first differences, if any. */
    static void assertNoFailures(List<String> failures, int total) {
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(failures.size() + " of " + total + " cases differ from NumPy:\n");
            failures.stream().limit(25).forEach(f -> sb.append(f).append('\n'));
            throw new AssertionError(sb.toString());
        }
    }
}
