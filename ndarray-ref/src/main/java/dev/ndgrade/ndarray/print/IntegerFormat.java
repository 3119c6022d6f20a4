package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.Scalar;

import java.util.List;

/** Integers, right-aligned to the widest of the shown values (the longest of {@code str(max)} and {@code str(min)}). */
record IntegerFormat(int width) implements ElementFormat {

    static IntegerFormat fittedTo(List<Scalar> shown) {
        int width = 0;
        for (Scalar s : shown) {
            width = Math.max(width, decimal(s).length());
        }
        return new IntegerFormat(width);
    }

    @Override
    public String format(Scalar element) {
        String text = decimal(element);
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private static String decimal(Scalar s) {
        if (s instanceof Scalar.IntValue i) {
            return i.decimal();
        }
        throw new IllegalArgumentException("an integer format got a " + s.dtype() + " element");
    }
}
