package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Calling a type object: {@code int(x)}, {@code list(x)}, {@code np.int64(3)}… */
final class Constructors {
    private Constructors() {
    }

    static Object construct(PyType t, Args args) {
        if (t == Types.DTYPE) {
            return NumpyModule.DTYPE_CONSTRUCTOR.call(args);
        }
        DType scalarDType = Types.dtypeOfScalarType(t);
        if (scalarDType != null) {
            return numpyScalar(scalarDType, args);
        }
        PyCallable pythonType = PythonTypeCalls.of(t);
        if (pythonType != null) {
            return pythonType.call(args);
        }
        if (t == Types.TYPE) {
            if (args.size() == 3 && args.keywords().isEmpty()) {
                throw new UnsupportedFeature("creating classes with type()");
            }
            if (args.size() != 1 || !args.keywords().isEmpty()) {
                throw PyException.typeError("type() takes 1 or 3 arguments");
            }
            return Types.of(args.get(0));
        } else if (t == Types.NDARRAY) {
            throw new UnsupportedFeature("np.ndarray(...) (making an array on a given buffer)");
        }
        boolean abstractScalar = t == Types.GENERIC || t == Types.NUMBER || t == Types.INTEGER || t == Types.SIGNED_INTEGER
                || t == Types.UNSIGNED_INTEGER || t == Types.FLOATING || t == Types.COMPLEX_FLOATING;
        if (!abstractScalar && Inventory.find(t.module(), t.name()).map(e -> e.kind() == Inventory.Kind.TYPE).orElse(false)) {
            throw new UnsupportedFeature("calling " + t.qualifiedName());
        }
        throw PyException.typeError("cannot create '" + t.qualifiedName() + "' instances");
    }

    static Object toInt(Object v) {
        if (v instanceof BigInteger) {
            return v;
        } else if (v instanceof Boolean b) {
            return Ints.of(b ? 1 : 0);
        } else if (v instanceof Double d) {
            if (d.isNaN()) {
                throw PyException.valueError("cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw new PyException("OverflowError", "cannot convert float infinity to integer");
            }
            return Ints.of(new BigDecimal(d).toBigInteger());
        } else if (v instanceof String s) {
            return Ints.of(NumberParsing.parseInt(s, 10));
        } else if (v instanceof Scalar s) {
            if (s instanceof Scalar.IntValue i) {
                return Ints.of(i.bigValue());
            }
            return s instanceof Scalar.BoolValue b ? Ints.of(b.value() ? 1 : 0) : toInt(s.asDouble());
        } else if (v instanceof NdArray a) {
            // ndarray.__int__ converts the element to its Python number first: a complex one is refused
            return toInt(ArrayConversion.toPython(scalarOf(a)));
        }
        throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + Types.shortName(v) + "'");
    }

    static Object toFloat(Object v) {
        if (v instanceof Double) {
            return v;
        } else if (v instanceof BigInteger || v instanceof Boolean) {
            return PyNumbers.toDouble(v);
        } else if (v instanceof String s) {
            return NumberParsing.parseFloat(s);
        } else if (v instanceof Scalar s) {
            return s.asDouble();
        } else if (v instanceof NdArray a) {
            return toFloat(ArrayConversion.toPython(scalarOf(a)));
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '" + Types.shortName(v) + "'");
    }

    /**
     * A number argument of {@code complex()} ({@code which}: "first argument" or "second argument"): NumPy scalars
     * and 0-d arrays as the Python number their {@code __complex__} sees.
     */
    static Object pythonNumber(Object v, String which) {
        if (v instanceof NdArray a) {
            return ArrayConversion.toPython(scalarOf(a));
        }
        if (v instanceof Scalar s) {
            return ArrayConversion.toPython(s);
        }
        if (!(v instanceof BigInteger || v instanceof Boolean || v instanceof Double || v instanceof PyComplex)) {
            throw PyException.typeError("complex() " + which + " must be " + (which.startsWith("first") ? "a string or " : "")
                    + "a number, not '" + Types.shortName(v) + "'");
        }
        return v;
    }

    private static Scalar scalarOf(NdArray a) {
        if (a.ndim() > 0) {
            throw PyException.typeError("only 0-dimensional arrays can be converted to Python scalars");
        }
        return a.item();
    }

    /** {@code np.int64(3)}, {@code np.float32(0.1)}, {@code np.bool_(x)}. */
    private static Object numpyScalar(DType t, Args args) {
        if (!args.keywords().isEmpty() || args.size() > 1) {
            // each scalar type parses these its own way (np.complex64(1, 2) is 1+2j, np.float64(1, 2) float's TypeError)
            throw new UnsupportedFeature("numpy." + t.name() + "() with more than one argument or with keywords");
        }
        Object v = args.size() == 0 ? Ints.of(0) : args.get(0);
        if (v instanceof NdArray a) {
            NdArray cast = Copies.copyAs(a, t, 'K', ViewOrigin.copy("astype", "a dtype change copies"));
            return cast.ndim() == 0 ? cast.item() : cast;
        }
        if (ArrayConversion.isSequence(v)) {
            // a NumPy scalar type called with a sequence makes an array of its dtype, as np.array(v, dtype) does
            return ArrayConversion.asArray(v, t);
        }
        if (t instanceof DType.Bool) {
            return Scalar.of(Truth.isTrue(v));
        }
        if (v instanceof String s) {
            v = t instanceof DType.Int ? toInt(s) : toFloat(s);
        }
        Scalar s = v instanceof Scalar sc ? sc : ArrayConversion.pythonScalar(v, t);
        NdArray one = ArrayConversion.zeroD(s);
        return Copies.copyAs(one, t, 'C', one.origin()).item();
    }
}
