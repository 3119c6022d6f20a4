package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Scalar;

import java.util.List;

/**
 * How every element of one array is printed: fitted once to the values that will be shown (all of them, or the
 * corners of a summarized array) so that columns line up, as NumPy's {@code _get_format_function} does.
 */
sealed interface ElementFormat permits IntegerFormat, BoolFormat, FloatingFormat, ComplexFloatingFormat {

    String format(Scalar element);

    /**
     * @param shown    the elements that will be printed
     * @param zeroDim  the array is 0-d (booleans then print without their alignment space)
     */
    static ElementFormat fittedTo(DType type, List<Scalar> shown, boolean zeroDim, PrintOptions options) {
        if (type instanceof DType.Bool) {
            return new BoolFormat(zeroDim);
        } else if (type instanceof DType.Int) {
            return IntegerFormat.fittedTo(shown);
        } else if (type instanceof DType.Float f) {
            double[] values = new double[shown.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = shown.get(i).asDouble();
            }
            return new FloatingFormat(values, f.itemsize() == 4, options.precision(), false);
        } else if (type instanceof DType.Complex c) {
            return ComplexFloatingFormat.fittedTo(shown, c.part().itemsize() == 4, options.precision());
        }
        throw new IllegalArgumentException("no element format for dtype " + type);
    }
}
