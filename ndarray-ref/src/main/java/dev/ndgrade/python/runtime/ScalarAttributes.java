package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
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
            case "real": return s instanceof Scalar.ComplexValue c ? Scalar.ofFloat(((DType.Complex) c.dtype()).part(), c.re()) : s;
            case "imag": return s instanceof Scalar.ComplexValue c ? Scalar.ofFloat(((DType.Complex) c.dtype()).part(), c.im()) : zero(s);
            case "item", "tolist": return Attributes.method(s, name, args -> {
                if (!args.keywords().isEmpty() || args.size() > 0) {
                    throw new UnsupportedFeature("arguments to numpy.generic." + name);
                }
                return ArrayConversion.toPython(s);
            });
            case "nonzero": return s instanceof Scalar.BoolValue ? arrayMethod(s, name) : Attributes.method(s, name, args -> {
                // numbers answer from gentype_nonzero of scalartypes.c, without the array's advice about arr[cond]
                if (!args.keywords().isEmpty() || args.size() > 0) {
                    throw new UnsupportedFeature("arguments to numpy.generic.nonzero");
                }
                throw PyException.valueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
            });
            default: return arrayMethod(s, name);
        }
    }

    /**
     * The ndarray methods NumPy scalars share (astype, copy, ravel, reshape, swapaxes, sum...): NumPy runs them on a
     * 0-d array made from the scalar and turns a 0-d result back into a scalar (gentype_generic_method).
     */
    private static Object arrayMethod(Scalar s, String name) {
        String owner = Types.shortName(s);
        ArrayMethods.ArrayMethod method = ArrayMethods.find(name)
                .filter(m -> Inventory.find(owner, name).isPresent())
                .orElseThrow(() -> Inventory.missingAttribute(owner, owner, name));
        NdArray zeroD = ArrayConversion.zeroD(s);
        return Attributes.method(s, name, args -> {
            Object result = method.call(zeroD, new Args(name + "()", args.positional(), args.keywords(), Args.CallStyle.NUMPY_C));
            return result instanceof NdArray a && a.ndim() == 0 ? a.item() : result;
        });
    }

    private static Scalar zero(Scalar s) {
        return Elements.read(s.dtype(), Buffer.allocate(s.dtype().itemsize()), 0);
    }
}
