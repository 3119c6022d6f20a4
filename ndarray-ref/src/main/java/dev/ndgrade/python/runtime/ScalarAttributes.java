package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;

/** Attributes and methods of NumPy scalars ({@code np.int64(3).dtype}, {@code .item()}). */
final class ScalarAttributes {
    private ScalarAttributes() {
    }

    static Object get(Scalar s, String name) {
        switch (name) {
            case "dtype": return s.dtype();
            case "itemsize": return Ints.of(s.dtype().itemsize());
            case "nbytes": return Ints.of(s.dtype().itemsize());
            case "ndim": return Ints.of(0);
            case "shape": return PyTuple.EMPTY;
            case "size": return Ints.of(1);
            case "strides": return PyTuple.EMPTY;
            case "base": return PyNone.NONE;
            case "flags": return FlagsObject.ofScalar();
            case "T": return s;
            case "real": return s instanceof Scalar.ComplexValue c
                    ? Scalar.ofFloat(((dev.ndgrade.ndarray.DType.Complex) c.dtype()).part(), c.re()) : s;
            case "imag": return s instanceof Scalar.ComplexValue c
                    ? Scalar.ofFloat(((dev.ndgrade.ndarray.DType.Complex) c.dtype()).part(), c.im())
                    : zero(s);
            case "item": return Attributes.method(s, name, args -> ArrayConversion.toPython(s));
            case "tolist": return Attributes.method(s, name, args -> ArrayConversion.toPython(s));
            default: return arrayMethod(s, name);
        }
    }

    /**
     * The ndarray methods NumPy scalars share (astype, copy, ravel, reshape, swapaxes, sum...): NumPy runs them on a
     * 0-d array made from the scalar and turns a 0-d result back into a scalar (gentype_generic_method).
     */
    private static Object arrayMethod(Scalar s, String name) {
        NdArray zeroD = ArrayConversion.zeroD(s);
        PyCallable method = ArrayAttributes.method(zeroD, name);
        if (method == null) {
            throw PyException.attributeError(Types.shortName(s), name);
        }
        return Attributes.method(s, name, args -> {
            Object result = method.call(new Args(name + "()", args.positional(), args.keywords(), Args.CallStyle.NUMPY_C));
            return result instanceof NdArray a && a.ndim() == 0 ? a.item() : result;
        });
    }

    private static Scalar zero(Scalar s) {
        return dev.ndgrade.ndarray.Elements.read(s.dtype(), dev.ndgrade.ndarray.Buffer.allocate(s.dtype().itemsize()), 0);
    }
}
