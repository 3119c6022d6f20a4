package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
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
        if (t == Types.INT) {
            return toInt(args.size() == 0 ? Ints.of(0) : one(args));
        } else if (t == Types.FLOAT) {
            return toFloat(args.size() == 0 ? 0.0 : one(args));
        } else if (t == Types.BOOL) {
            return args.size() == 0 ? Boolean.FALSE : Truth.isTrue(one(args));
        } else if (t == Types.STR) {
            return args.size() == 0 ? "" : Repr.str(one(args));
        } else if (t == Types.LIST) {
            return new PyList(args.size() == 0 ? java.util.List.of() : Iteration.iterate(one(args)));
        } else if (t == Types.TUPLE) {
            return args.size() == 0 ? PyTuple.EMPTY : (one(args) instanceof PyTuple tp ? tp : PyTuple.of(Iteration.iterate(one(args))));
        } else if (t == Types.RANGE) {
            return range(args);
        } else if (t == Types.SLICE) {
            args.noKeywords();
            if (args.size() < 1 || args.size() > 3) {
                throw PyException.typeError(args.size() < 1 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + args.size());
            }
            return args.size() == 1 ? new PySlice(PyNone.NONE, args.get(0), PyNone.NONE)
                    : new PySlice(args.get(0), args.get(1), args.size() == 3 ? args.get(2) : PyNone.NONE);
        } else if (t == Types.TYPE) {
            if (args.size() != 1) {
                throw PyException.typeError("type() takes 1 or 3 arguments");
            }
            return Types.of(args.get(0));
        } else if (t == Types.DICT) {
            PyDict d = new PyDict();
            args.keywords().forEach(d::put);
            return d;
        } else if (t == Types.COMPLEX) {
            Object[] a = args.bind("real", "imag");
            PyComplex re = a[0] == null ? new PyComplex(0, 0) : PyNumbers.toComplex(pythonNumber(a[0]));
            PyComplex im = a[1] == null ? new PyComplex(0, 0) : PyNumbers.toComplex(pythonNumber(a[1]));
            return new PyComplex(re.re() - im.im(), re.im() + im.re()); // complex(a, b) is a + b*1j
        }
        boolean abstractScalar = t == Types.GENERIC || t == Types.NUMBER || t == Types.INTEGER || t == Types.SIGNED_INTEGER
                || t == Types.UNSIGNED_INTEGER || t == Types.FLOATING || t == Types.COMPLEX_FLOATING;
        if (!abstractScalar && Inventory.find(t.module(), t.name()).map(e -> e.kind() == Inventory.Kind.TYPE).orElse(false)) {
            throw new UnsupportedFeature("calling " + t.qualifiedName());
        }
        throw PyException.typeError("cannot create '" + t.qualifiedName() + "' instances");
    }

    private static Object one(Args args) {
        args.noKeywords();
        if (args.size() != 1) {
            throw PyException.typeError(args.function() + " takes at most 1 argument (" + args.size() + " given)");
        }
        return args.get(0);
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
            try {
                return Ints.of(new BigInteger(s.strip().replace("_", "")));
            } catch (NumberFormatException e) {
                throw PyException.valueError("invalid literal for int() with base 10: " + Repr.quote(s));
            }
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
            String x = s.strip().toLowerCase(java.util.Locale.ROOT);
            switch (x) {
                case "nan", "+nan", "-nan": return Double.NaN;
                case "inf", "+inf", "infinity", "+infinity": return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
            try {
                return Double.parseDouble(x.replace("_", ""));
            } catch (NumberFormatException e) {
                throw PyException.valueError("could not convert string to float: " + Repr.quote(s));
            }
        } else if (v instanceof Scalar s) {
            return s.asDouble();
        } else if (v instanceof NdArray a) {
            return toFloat(ArrayConversion.toPython(scalarOf(a)));
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '" + Types.shortName(v) + "'");
    }

    /** A NumPy scalar or 0-d array as the Python number its {@code __complex__} sees. */
    private static Object pythonNumber(Object v) {
        if (v instanceof NdArray a) {
            return ArrayConversion.toPython(scalarOf(a));
        }
        return v instanceof Scalar s ? ArrayConversion.toPython(s) : v;
    }

    private static Scalar scalarOf(NdArray a) {
        if (a.ndim() > 0) {
            throw PyException.typeError("only 0-dimensional arrays can be converted to Python scalars");
        }
        return a.item();
    }

    private static Object range(Args args) {
        args.noKeywords();
        long[] v = new long[args.size()];
        for (int i = 0; i < v.length; i++) {
            Long x = Subscripts.asIndex(args.get(i));
            if (x == null) {
                throw PyException.typeError("'" + Types.shortName(args.get(i)) + "' object cannot be interpreted as an integer");
            }
            v[i] = x;
        }
        return switch (v.length) {
            case 1 -> new PyRange(0, v[0], 1);
            case 2 -> new PyRange(v[0], v[1], 1);
            case 3 -> {
                if (v[2] == 0) {
                    throw PyException.valueError("range() arg 3 must not be zero");
                }
                yield new PyRange(v[0], v[1], v[2]);
            }
            default -> throw PyException.typeError("range expected at least 1 argument, got " + v.length);
        };
    }

    /** {@code np.int64(3)}, {@code np.float32(0.1)}, {@code np.bool_(x)}. */
    private static Object numpyScalar(DType t, Args args) {
        if (!args.keywords().isEmpty() || args.size() > 1) {
            // each scalar type parses these its own way (np.complex64(1, 2) is 1+2j, np.float64(1, 2) float's TypeError)
            throw new UnsupportedFeature("numpy." + t.name() + "() with more than one argument or with keywords");
        }
        Object v = args.size() == 0 ? Ints.of(0) : args.get(0);
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof NdArray a && a.ndim() > 0) {
            // np.uint32([1, 2]) is an array, converted with the type's own rules
            throw new UnsupportedFeature("numpy." + t.name() + "() of a sequence");
        }
        if (v instanceof NdArray a) {
            return dev.ndgrade.ndarray.Copies.copyAs(a, t, 'K', dev.ndgrade.ndarray.ViewOrigin.copy("astype", "a dtype change copies"));
        }
        if (t instanceof DType.Bool) {
            return Scalar.of(Truth.isTrue(v));
        }
        if (v instanceof String s) {
            v = t instanceof DType.Int ? toInt(s) : toFloat(s);
        }
        Scalar s = v instanceof Scalar sc ? sc : ArrayConversion.pythonScalar(v, t);
        NdArray one = ArrayConversion.zeroD(s);
        return dev.ndgrade.ndarray.Copies.copyAs(one, t, 'C', one.origin()).item();
    }
}
