package dev.ndgrade.ndarray;

import java.util.Arrays;

/**
 * The one-dimensional lanes of an array along one axis, each as the byte offsets of its elements in order: what a
 * sort along that axis reorders. Lanes come in C order of the other axes, so two arrays of one shape pair up lane by
 * lane. Sorts and scans ({@code cumsum}, {@code argmax}) walk them.
 */
public record Lanes(long[][] offsets) {
    public static Lanes of(NdArray a, int axis) {
        NdArray last = Axes.swapaxes(a, axis, a.ndim() - 1);
        long[] all = last.offsetsInCOrder();
        int n = (int) a.shape()[axis];
        long[][] lanes = new long[n == 0 ? 0 : all.length / n][];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Arrays.copyOfRange(all, i * n, (i + 1) * n);
        }
        return new Lanes(lanes);
    }
}
