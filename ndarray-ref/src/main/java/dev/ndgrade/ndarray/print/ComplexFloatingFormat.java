package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.Scalar;

import java.util.List;

/**
 * Complex numbers: real parts fitted and padded as a float array, imaginary parts likewise with a forced sign, and
 * the {@code j} slipped in before the imaginary part's padding ({@code " 1. +2.j"}, {@code "-3.5-1.j"}).
 */
record ComplexFloatingFormat(FloatingFormat real, FloatingFormat imag) implements ElementFormat {

    static ComplexFloatingFormat fittedTo(List<Scalar> shown, boolean float32, int precision) {
        double[] re = new double[shown.size()];
        double[] im = new double[shown.size()];
        for (int i = 0; i < re.length; i++) {
            re[i] = shown.get(i).asDouble();
            im[i] = shown.get(i).imag();
        }
        return new ComplexFloatingFormat(new FloatingFormat(re, float32, precision, false),
                new FloatingFormat(im, float32, precision, true));
    }

    @Override
    public String format(Scalar element) {
        String i = imag.format(element.imag());
        int end = i.length();
        while (end > 0 && i.charAt(end - 1) == ' ') {
            end--;
        }
        return real.format(element.asDouble()) + i.substring(0, end) + 'j' + i.substring(end);
    }
}
