package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.Scalar;

/** Booleans: {@code " True"} and {@code "False"} line up; a 0-d array prints plain {@code True}. */
record BoolFormat(boolean zeroDim) implements ElementFormat {
    @Override
    public String format(Scalar element) {
        return element.isTrue() ? (zeroDim ? "True" : " True") : "False";
    }
}
