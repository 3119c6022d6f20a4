package dev.ndgrade.python.runtime;

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
            default: throw PyException.attributeError(Types.shortName(s), name);
        }
    }

    private static Scalar zero(Scalar s) {
        return dev.ndgrade.ndarray.Elements.read(s.dtype(), dev.ndgrade.ndarray.Buffer.allocate(s.dtype().itemsize()), 0);
    }
}
