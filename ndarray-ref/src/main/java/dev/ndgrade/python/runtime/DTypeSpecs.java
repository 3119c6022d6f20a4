package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for dtype specifications that {@link DTypeNames}' recorded table cannot list (sizes, byte orders,
 * fields, subarrays) and the kind of each dtype the reference lacks. NumPy accepts many of them (fields, subarrays,
 * strings, datetimes, objects, float16, long double, a non-native byte order): those are unsupported here, named by
 * kind, never refused with an error NumPy would not raise. Only a spec NumPy's own grammar rejects gets its TypeError.
 */
final class DTypeSpecs {
    /** One type of NumPy's string grammar: byte order, a name or type code, a size, a datetime unit. */
    private static final Pattern SINGLE = Pattern.compile("([<>=|]?)([A-Za-z?_]+)(\\d*)(\\[\\w*\\])?");
    private static final Set<String> STRINGS = Set.of("S", "a", "U", "bytes", "bytes_", "str", "str_", "unicode");
    private static final Set<String> OBJECTS = Set.of("O", "object", "object_");
    private static final Set<String> DATETIMES = Set.of("M", "m", "datetime64", "timedelta64");
    private static final Set<String> HALF = Set.of("e", "half", "float16");
    private static final Set<String> LONG_DOUBLES = Set.of("g", "G", "longdouble", "clongdouble", "float128", "complex256");

    private DTypeSpecs() {
    }

    /** A string the table does not list: the dtype it names, unsupported for what the reference lacks, or NumPy's TypeError. */
    static DType parse(String spec) {
        Optional<DType> known = DType.byName(spec);
        if (known.isPresent()) {
            return known.get();
        }
        Matcher m = SINGLE.matcher(spec);
        if (m.matches() && m.group(1).equals(">") && m.group(4) == null) {
            DType t = DType.byName(m.group(2) + m.group(3)).orElse(null);
            if (t != null && t.itemsize() == 1) {
                return t; // one byte has no order
            }
        }
        throw lacking(spec).<RuntimeException>map(u -> u)
                .orElseGet(() -> PyException.typeError("data type " + Repr.quote(spec) + " not understood"));
    }

    /**
     * A spec NumPy reads as a dtype the reference lacks, refused by its kind ({@code 'U5'}: string dtypes); empty
     * when the rules do not know the kind.
     */
    static Optional<UnsupportedFeature> lacking(String spec) {
        if (spec.replaceAll("\\([^)]*\\)", "").contains(",")) { // a comma outside a subarray shape separates fields
            return Optional.of(unsupported("structured dtypes", spec));
        }
        if (!spec.isEmpty() && (Character.isDigit(spec.charAt(0)) || spec.charAt(0) == '(')) {
            return Optional.of(unsupported("subarray dtypes", spec));
        }
        Matcher m = SINGLE.matcher(spec);
        if (!m.matches()) {
            return Optional.empty();
        }
        String kind = kind(m.group(2), m.group(3), m.group(4) != null);
        if (kind == null && m.group(1).equals(">") && m.group(4) == null
                && DType.byName(m.group(2) + m.group(3)).filter(t -> t.itemsize() > 1).isPresent()) {
            kind = "non-native byte order";
        }
        return Optional.ofNullable(kind).map(k -> unsupported(k, spec));
    }

    /** What NumPy makes of a non-string spec the reference has no dtype for: unsupported, or its TypeError. */
    static RuntimeException refusal(Object spec) {
        if (spec instanceof NdArray) {
            return PyException.typeError("Cannot construct a dtype from an array");
        }
        if (spec instanceof PyList || spec instanceof PyDict) {
            return new UnsupportedFeature("structured dtypes (a " + Types.shortName(spec) + " of fields)");
        }
        if (spec instanceof PyTuple) {
            return new UnsupportedFeature("subarray and other tuple dtypes");
        }
        return PyException.typeError("Cannot interpret '" + Repr.repr(spec) + "' as a data type");
    }

    /** The kind of dtype NumPy reads {@code name}{@code size} as, if it is one the reference lacks; else null. */
    private static String kind(String name, String size, boolean unit) {
        String whole = name + size;
        boolean letter = name.length() == 1;
        if (DATETIMES.contains(whole) || letter && DATETIMES.contains(name) && size.equals("8")) {
            return "datetime64 and timedelta64 dtypes";
        }
        if (unit) {
            return null;
        }
        if (STRINGS.contains(whole) || letter && STRINGS.contains(name) || whole.equals("c")) { // 'c' is 'S1
            return "string dtypes";
        }
        if (whole.equals("void") || name.equals("V")) {
            return "void dtypes";
        }
        if (OBJECTS.contains(whole) || whole.equals("O4") || whole.equals("O8")) {
            return "the object dtype";
        }
        if (HALF.contains(whole) || whole.equals("f2")) {
            return "the float16 dtype";
        }
        if (LONG_DOUBLES.contains(whole) || whole.equals("f16") || whole.equals("c32")) {
            return "long double dtypes";
        }
        return null;
    }

    private static UnsupportedFeature unsupported(String kind, String spec) {
        return new UnsupportedFeature(kind + " (" + Repr.quote(spec) + ")");
    }
}
