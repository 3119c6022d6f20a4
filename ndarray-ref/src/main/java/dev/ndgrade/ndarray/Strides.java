package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.layout.Contiguity;
import dev.ndgrade.ndarray.layout.FreshStrides;
import dev.ndgrade.ndarray.layout.MemoryOrder;

/** Byte strides as the array needs them, computed by the layout package's NumPy rules. */
public final class Strides {
    private Strides() {
    }

    /** Strides of a newly allocated array in order 'C' or 'F'; all 0 when the array holds no bytes (NumPy 2). */
    public static long[] fresh(long[] shape, int itemsize, char order) {
        return FreshStrides.forNewBuffer(shape, itemsize, order(order));
    }

    /** Strides NumPy gives a copy of an array made in order C, F, A or K ({@code PyArray_NewLikeArray}). */
    public static long[] forCopy(long[] shape, long[] strides, int itemsize, char order) {
        return FreshStrides.forCopy(shape, strides, itemsize, order(order));
    }

    public static boolean isCContiguous(long[] shape, long[] strides, int itemsize) {
        return Contiguity.isCContiguous(shape, strides, itemsize);
    }

    public static boolean isFContiguous(long[] shape, long[] strides, int itemsize) {
        return Contiguity.isFContiguous(shape, strides, itemsize);
    }

    static MemoryOrder order(char order) {
        return MemoryOrder.valueOf(String.valueOf(order));
    }
}
