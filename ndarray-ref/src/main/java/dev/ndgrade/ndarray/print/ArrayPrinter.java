package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;

import java.util.ArrayList;
import java.util.List;

/** {@code repr(a)} and {@code str(a)} of an array, byte for byte as NumPy 2.4 prints them with default options. */
public final class ArrayPrinter {
    private static final String REPR_PREFIX = "array(";
    private static final String REPR_SUFFIX = ")";

    private ArrayPrinter() {
    }

    /**
     * {@code repr(a)}: {@code array([1, 2, 3])}, {@code array(5)}, {@code array([], shape=(0, 3), dtype=float64)};
     * a summarized array ends with {@code shape=(…)}, a dtype that the values do not imply with {@code dtype=…},
     * moved to a new line when they would pass the line width.
     */
    public static String repr(NdArray a) {
        PrintOptions options = PrintOptions.DEFAULTS;
        String body = arrayToString(a, ", ", REPR_PREFIX, REPR_SUFFIX, options);
        long size = a.size();
        long[] shape = a.shape();
        List<String> extras = new ArrayList<>(2);
        if ((size == 0 && !(shape.length == 1 && shape[0] == 0)) || size > options.threshold()) {
            extras.add("shape=" + dev.ndgrade.ndarray.layout.ShapeText.pythonTuple(shape));
        }
        if (!a.dtype().isImpliedInRepr() || size == 0) {
            extras.add("dtype=" + DTypePrinter.str(a.dtype()));
        }
        if (extras.isEmpty()) {
            return REPR_PREFIX + body + REPR_SUFFIX;
        }
        String head = REPR_PREFIX + body + ",";
        String tail = String.join(", ", extras) + REPR_SUFFIX;
        int lastLineLength = head.length() - (head.lastIndexOf('\n') + 1);
        String spacer = lastLineLength + tail.length() + 1 > options.lineWidth()
                ? "\n" + " ".repeat(REPR_PREFIX.length()) : " ";
        return head + spacer + tail;
    }

    /** {@code str(a)} and {@code print(a)}: {@code [1 2 3]}; a 0-d array prints its element's {@code str}. */
    public static String str(NdArray a) {
        if (a.ndim() == 0) {
            return ScalarPrinter.str(a.item());
        }
        return arrayToString(a, " ", "", "", PrintOptions.DEFAULTS);
    }

    /** NumPy's {@code array2string}: the bracketed body, wrapped to leave room for {@code suffix} on the last line. */
    private static String arrayToString(NdArray a, String separator, String prefix, String suffix,
                                        PrintOptions options) {
        if (a.size() == 0) {
            return "[]";
        }
        boolean summarize = a.size() > options.threshold();
        List<Scalar> shown = ShownElements.of(a, summarize, options.edgeItems());
        ElementFormat format = ElementFormat.fittedTo(a.dtype(), shown, a.ndim() == 0, options);
        String hangingIndent = " " + " ".repeat(prefix.length());
        return NestedLayout.render(a, format, options.lineWidth() - suffix.length(), hangingIndent, separator,
                options.edgeItems(), summarize);
    }
}
