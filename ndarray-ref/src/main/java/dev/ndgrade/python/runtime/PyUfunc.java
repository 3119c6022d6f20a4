package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.ufunc.Operand;
import dev.ndgrade.ndarray.ufunc.UfuncKind;
import dev.ndgrade.ndarray.ufunc.Ufuncs;
import java.util.Arrays;
import java.util.Set;

/**
 * A NumPy ufunc object ({@code np.add}): callable, printed {@code <ufunc 'add'>}, of type {@code numpy.ufunc}, with
 * the attributes and methods of {@code dir(np.ufunc)} — each exact or unsupported. {@code reduce} is the reference's
 * sum and product reductions ({@code a.sum()} is {@code np.add.reduce}); {@code outer} is the ufunc on reshaped
 * arrays, as NumPy computes it.
 *
 * @param call the ufunc's own call ({@code np.add(a, b, out=...)})
 */
record PyUfunc(UfuncKind kind, PyCallable call) implements PyCallable {
    /** The names of {@code dir(np.ufunc)} this class does not answer: a snippet using one is unsupported. */
    private static final Set<String> UNSUPPORTED = Set.of("accumulate", "at", "reduceat", "types", "resolve_dtypes",
            "_get_strided_loop", "_resolve_dtypes_and_context", "__doc__", "__signature__", "__dict__", "__call__",
            "__class__", "__reduce__", "__reduce_ex__", "__sizeof__", "__getstate__", "__dir__", "__format__",
            "__init__", "__new__", "__init_subclass__", "__subclasshook__", "__getattribute__", "__setattr__",
            "__delattr__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__repr__", "__str__");

    @Override
    public Object call(Args args) {
        return call.call(args);
    }

    String name() {
        return kind.numpyName();
    }

    @Override
    public String toString() {
        return "<ufunc '" + name() + "'>";
    }

    /** {@code np.add.<name>}. */
    Object attribute(String attr) {
        switch (attr) {
            case "__name__": return name();
            case "nin": return Ints.of(kind.nin());
            case "nout": return Ints.of(1);
            case "nargs": return Ints.of(kind.nin() + 1);
            case "identity": return identity();
            case "signature": return PyNone.NONE; // every elementwise ufunc has no core dimensions
            case "ntypes": return Ints.of(ntypes());
            case "reduce": return Attributes.method(this, attr, this::reduce);
            case "outer": return Attributes.method(this, attr, this::outer);
            default: break;
        }
        if (UNSUPPORTED.contains(attr)) {
            throw new UnsupportedFeature("numpy.ufunc." + attr);
        }
        throw PyException.attributeError("numpy.ufunc", attr);
    }

    /** The value a reduction over nothing starts from, as NumPy declares it (a Python int, or None). */
    private Object identity() {
        return switch (kind) {
            case ADD, BITWISE_OR, BITWISE_XOR -> Ints.of(0);
            case MULTIPLY -> Ints.of(1);
            case BITWISE_AND -> Ints.of(-1);
            default -> PyNone.NONE;
        };
    }

    /** How many typed loops NumPy 2.4 registers for this ufunc (its {@code ntypes}). */
    private int ntypes() {
        return switch (kind) {
            case ADD -> 22;
            case SUBTRACT, POWER -> 21;
            case MULTIPLY -> 23;
            case TRUE_DIVIDE -> 11;
            case FLOOR_DIVIDE -> 18;
            case REMAINDER -> 16;
            case EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL -> 24;
            case BITWISE_AND, BITWISE_OR, BITWISE_XOR, INVERT -> 12;
            case NEGATIVE, POSITIVE, SIGN -> 19;
            case ABSOLUTE, ISNAN, ISINF, ISFINITE -> 20;
            case SQRT, RINT -> 10;
            case SQUARE, RECIPROCAL, CONJUGATE, FLOOR, CEIL, TRUNC -> 18;
            case FABS -> 5;
            case SIGNBIT -> 4;
            case MAXIMUM, MINIMUM, FMAX, FMIN -> 21;
        };
    }

    /** {@code reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=..., where=True)}. */
    private Object reduce(Args args) {
        String reduction = switch (kind) {
            case ADD -> "sum";
            case MULTIPLY -> "prod";
            default -> throw new UnsupportedFeature("np." + name() + ".reduce");
        };
        Object[] v = new Args("reduce()", args.positional(), args.keywords(), Args.CallStyle.NUMPY_C)
                .bindRequired(1, "array", "axis", "dtype", "out", "keepdims", "initial", "where");
        if (v[3] != null && !(v[3] instanceof PyNone) || v[5] != null || v[6] != null) {
            throw new UnsupportedFeature("the out, initial and where arguments of ufunc.reduce");
        }
        NdArray a = NumpyArgs.array(v[0]);
        Object axis = v[1] == null ? Ints.of(0) : v[1];
        if (a.ndim() == 0 && v[1] == null) {
            axis = PyNone.NONE; // a 0-d array reduces over its no axes, to its one element
        }
        return NumpyOperators.reduce(reduction, a, axis, NumpyArgs.dtype(v[2]), NumpyArgs.flag(v[4], false));
    }

    /** {@code outer(A, B)}: the ufunc on A reshaped to {@code A.shape + (1,) * B.ndim}, and B, both made arrays first. */
    private Object outer(Args args) {
        if (kind.nin() != 2) {
            throw PyException.valueError("outer product only supported for binary functions");
        }
        if (!args.keywords().isEmpty() || args.size() != 2) {
            throw new UnsupportedFeature("ufunc.outer with other than two positional arguments");
        }
        NdArray a = NumpyArgs.array(args.get(0));
        NdArray b = NumpyArgs.array(args.get(1));
        long[] shape = Arrays.copyOf(a.shape(), a.ndim() + b.ndim());
        Arrays.fill(shape, a.ndim(), shape.length, 1);
        return Ufuncs.callFunction(kind, Operand.of(Reshaping.reshape(a, shape)), Operand.of(b));
    }
}
