package dev.ndgrade.ndarray;

/**
 * What an array's {@code base} can be: another array, or the opaque holder {@code as_strided} puts between
 * its result and the input ({@code numpy.lib._stride_tricks_impl.DummyArray}).
 */
public sealed interface ArrayBase permits NdArray, DummyArray {
}
