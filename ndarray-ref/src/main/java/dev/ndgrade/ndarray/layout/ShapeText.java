package dev.ndgrade.ndarray.layout;

/** The two ways NumPy writes a shape into an error message. */
public final class ShapeText {
    private ShapeText() {
    }

    /**
     * NumPy's C formatting ({@code convert_shape_to_string}): {@code (2,3)}, {@code (4,)}, {@code ()}. A negative
     * entry prints as {@code newaxis}, except leading negative entries, which are dropped; the trailing comma appears
     * only for a one-entry shape, so {@code (-1,4)} prints as {@code (4)}.
     */
    public static String numpy(long[] dims) {
        int first = 0;
        while (first < dims.length && dims[first] < 0) {
            first++;
        }
        if (first == dims.length) {
            return "()";
        }
        StringBuilder text = new StringBuilder("(").append(dims[first]);
        for (int i = first + 1; i < dims.length; i++) {
            text.append(',');
            if (dims[i] < 0) {
                text.append("newaxis");
            } else {
                text.append(dims[i]);
            }
        }
        return text.append(dims.length == 1 ? ",)" : ")").toString();
    }

    /** Python's tuple repr, as in {@code arr.shape}: {@code (2, 3)}, {@code (4,)}, {@code ()}. */
    public static String pythonTuple(long[] dims) {
        if (dims.length == 1) {
            return "(" + dims[0] + ",)";
        }
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(dims[i]);
        }
        return text.append(')').toString();
    }
}
