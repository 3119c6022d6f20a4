package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Broadcasting;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.ufunc.Axes;
import dev.ndgrade.ndarray.ufunc.Operand;
import dev.ndgrade.ndarray.ufunc.Reduction;
import dev.ndgrade.ndarray.ufunc.TypePromotion;
import dev.ndgrade.ndarray.ufunc.UfuncKind;
import dev.ndgrade.ndarray.ufunc.Ufuncs;
import dev.ndgrade.python.syntax.BinaryOperator;
import dev.ndgrade.python.syntax.CompareOperator;
import dev.ndgrade.python.syntax.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Python operators and NumPy's ufunc functions on NumPy operands, through the reference's ufuncs. */
final class NumpyOperators {
    private NumpyOperators() {
    }

    /** A Python value as a ufunc operand: Python numbers stay weakly typed (NEP 50), sequences become arrays. */
    static Operand operand(Object v) {
        if (v instanceof NdArray a) {
            return Operand.of(a);
        } else if (v instanceof Scalar s) {
            return Operand.of(s);
        } else if (v instanceof Boolean b) {
            return Operand.pyBool(b);
        } else if (v instanceof BigInteger i) {
            return Operand.pyInt(i);
        } else if (v instanceof Double d) {
            return Operand.pyFloat(d);
        } else if (v instanceof PyComplex c) {
            return Operand.pyComplex(c.re(), c.im());
        } else if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) {
            return Operand.of(ArrayConversion.asArray(v, null));
        }
        // NumPy makes a string array of a str and an object array of anything else: neither is in the subset
        throw new UnsupportedFeature(v instanceof String ? "string arrays" : "object arrays (of " + Types.shortName(v) + ")");
    }

    private static UfuncKind kind(BinaryOperator op) {
        switch (op) {
            case ADD: return UfuncKind.ADD;
            case SUB: return UfuncKind.SUBTRACT;
            case MULT: return UfuncKind.MULTIPLY;
            case DIV: return UfuncKind.TRUE_DIVIDE;
            case FLOORDIV: return UfuncKind.FLOOR_DIVIDE;
            case MOD: return UfuncKind.REMAINDER;
            case POW: return UfuncKind.POWER;
            case BITAND: return UfuncKind.BITWISE_AND;
            case BITOR: return UfuncKind.BITWISE_OR;
            case BITXOR: return UfuncKind.BITWISE_XOR;
            default: throw new UnsupportedFeature("the " + op.symbol() + " operator on NumPy values");
        }
    }

    private static UfuncKind kind(CompareOperator op) {
        switch (op) {
            case EQ: return UfuncKind.EQUAL;
            case NOT_EQ: return UfuncKind.NOT_EQUAL;
            case LT: return UfuncKind.LESS;
            case LT_E: return UfuncKind.LESS_EQUAL;
            case GT: return UfuncKind.GREATER;
            case GT_E: return UfuncKind.GREATER_EQUAL;
            default: throw new IllegalArgumentException(op.symbol());
        }
    }

    static Object binary(BinaryOperator op, Object l, Object r) {
        return Ufuncs.call(kind(op), operand(l), operand(r));
    }

    /** {@code a op= r}: computed into {@code a} itself (same object), with NumPy's same_kind casting and overlap rule. */
    static Object inPlace(BinaryOperator op, NdArray a, Object r) {
        return Ufuncs.callInto(kind(op), a, Operand.of(a), operand(r));
    }

    static Object unary(UnaryOperator op, Object v) {
        UfuncKind k = switch (op) {
            case MINUS -> UfuncKind.NEGATIVE;
            case PLUS -> UfuncKind.POSITIVE;
            default -> UfuncKind.INVERT;
        };
        return Ufuncs.call(k, operand(v));
    }

    /** NumPy's refusal of arithmetic between numbers and a str: it looks for a loop over a '<U' dtype and finds none. */
    static PyException noStringLoop(BinaryOperator op, Object l, Object r) {
        if (op == BinaryOperator.MOD && l instanceof String) {
            // str's own % runs first and formats the NumPy value
            throw new UnsupportedFeature("%-formatting of strings");
        }
        boolean scalar = !(l instanceof NdArray || r instanceof NdArray);
        if (scalar && op == BinaryOperator.ADD && l instanceof String) {
            // a NumPy scalar defers to str, whose concatenation refuses it
            return PyException.typeError("can only concatenate str (not \"" + Types.shortName(r) + "\") to str");
        }
        UfuncKind k = kind(op);
        if (k == UfuncKind.POWER || k == UfuncKind.BITWISE_AND || k == UfuncKind.BITWISE_OR || k == UfuncKind.BITWISE_XOR
                || k == UfuncKind.REMAINDER) {
            return PyException.typeError("ufunc '" + k.numpyName() + "' not supported for the input types, and the inputs could not "
                    + "be safely coerced to any supported types according to the casting rule ''safe''");
        }
        if (k == UfuncKind.MULTIPLY) {
            throw new UnsupportedFeature("multiplying strings by NumPy values");
        }
        return new PyException("UFuncTypeError", "ufunc '" + k.numpyName() + "' did not contain a loop with signature matching types ("
                + dtypeRepr(l) + ", " + dtypeRepr(r) + ") -> None");
    }

    private static String dtypeRepr(Object v) {
        if (v instanceof String s) {
            return "dtype('<U" + s.codePointCount(0, s.length()) + "')";
        }
        return dev.ndgrade.ndarray.print.DTypePrinter.repr(operandDType(v));
    }

    private static DType operandDType(Object v) {
        return v instanceof NdArray a ? a.dtype() : v instanceof Scalar s ? s.dtype() : NumpyArgs.array(v).dtype();
    }

    static Object compare(CompareOperator op, Object l, Object r) {
        boolean ordering = op != CompareOperator.EQ && op != CompareOperator.NOT_EQ;
        if (ordering && (l instanceof String || r instanceof String) && (isOperand(l) || isOperand(r))) {
            // NumPy reflects "x" > a into a < "x", so the array's dtype class is named first
            boolean swap = l instanceof String;
            CompareOperator asked = swap ? mirrored(op) : op;
            Object number = swap ? r : l;
            throw new PyException("UFuncTypeError", "ufunc '" + kind(asked).numpyName() + "' did not contain a loop with signature "
                    + "matching types (<class '" + Types.of(operandDType(number)).qualifiedName() + "'>, <class 'numpy.dtypes.StrDType'>) -> None");
        }
        if (!isOperand(l) || !isOperand(r)) {
            // NumPy compares with non-numeric objects elementwise as "not equal"
            if (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ) {
                Object arr = l instanceof NdArray || l instanceof Scalar ? l : r;
                return notComparable(arr, op == CompareOperator.NOT_EQ);
            }
            throw PyException.typeError("'" + op.symbol() + "' not supported between instances of '" + Operators.elementTypeName(l)
                    + "' and '" + Operators.elementTypeName(r) + "'");
        }
        if (r instanceof NdArray && !(l instanceof NdArray || l instanceof Scalar)) {
            // a list or Python number answers NotImplemented, so Python asks the array for the reflected comparison
            // (which decides the order of the shapes in a broadcast error)
            return Ufuncs.call(kind(mirrored(op)), operand(r), operand(l));
        }
        return Ufuncs.call(kind(op), operand(l), operand(r));
    }

    private static CompareOperator mirrored(CompareOperator op) {
        switch (op) {
            case LT: return CompareOperator.GT;
            case LT_E: return CompareOperator.GT_E;
            case GT: return CompareOperator.LT;
            case GT_E: return CompareOperator.LT_E;
            default: return op;
        }
    }

    private static boolean isOperand(Object v) {
        return v instanceof NdArray || v instanceof Scalar || Operators.isPythonNumber(v) || v instanceof PyList
                || v instanceof PyTuple;
    }

    private static Object notComparable(Object arr, boolean value) {
        if (arr instanceof Scalar) {
            return Scalar.of(value);
        }
        NdArray a = (NdArray) arr;
        NdArray out = NdArray.allocate(DType.BOOL, a.shape(), 'C', ViewOrigin.fresh("comparison"));
        if (value) {
            dev.ndgrade.ndarray.Creation.fill(out, Scalar.of(true));
        }
        return out;
    }

    static boolean contains(NdArray a, Object item) {
        Object eq = compare(CompareOperator.EQ, a, item);
        if (eq instanceof NdArray m) {
            for (long off : m.offsetsInCOrder()) {
                if (m.elementAt(off).isTrue()) {
                    return true;
                }
            }
            return false;
        }
        return Truth.isTrue(eq);
    }

    static Object absolute(Object v) {
        return Ufuncs.call(UfuncKind.ABSOLUTE, operand(v));
    }

    /** {@code a.sum(axis=…)} and friends; an int axis and a tuple of axes are different requests to NumPy. */
    static Object reduce(String name, NdArray a, Object axis, DType dtype, boolean keepdims) {
        Reduction r = Reduction.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        return Ufuncs.reduce(r, a, axes(axis), dtype, keepdims);
    }

    /** A reduction's {@code axis=}: None for every axis, an int, or a tuple of axes. */
    static Axes axes(Object axis) {
        if (axis == null || axis instanceof PyNone) {
            return Axes.all();
        } else if (axis instanceof PyTuple) {
            return Axes.tuple(NumpyArgs.shape(axis));
        }
        return Axes.one(NumpyArgs.integer(axis, NumpyArgs.IntKind.INTP));
    }

    /** {@code a.conj()}: a real array is returned itself, a complex one conjugated into a new array. */
    static Object conjugate(NdArray a) {
        return a.dtype() instanceof DType.Complex ? Ufuncs.callFunction(UfuncKind.CONJUGATE, Operand.of(a)) : a;
    }

    /** {@code a != 0} as a boolean array (for nonzero()). */
    static Object notEqualZero(NdArray a) {
        return Ufuncs.call(UfuncKind.NOT_EQUAL, Operand.of(a), Operand.pyInt(0));
    }

    /** {@code np.where(c, x, y)}: a new array of the promoted dtype of x and y, of the broadcast shape. */
    static Object where(Object c, Object x, Object y) {
        NdArray cond = NumpyArgs.array(c);
        Operand ox = operand(x);
        Operand oy = operand(y);
        DType t = TypePromotion.resultType(List.of(ox, oy));
        NdArray ax = asArrayOf(ox, t);
        NdArray ay = asArrayOf(oy, t);
        List<long[]> shapes = new ArrayList<>(List.of(cond.shape(), ax.shape(), ay.shape()));
        long[] shape = Broadcasting.shape(shapes);
        NdArray out = dev.ndgrade.ndarray.ufunc.ResultLayout.allocateInIteratorOrder(t, shape, List.of(cond, ax, ay),
                ViewOrigin.fresh("np.where"));
        NdArray bc = Broadcasting.to(cond, shape, true);
        NdArray bx = Broadcasting.to(ax, shape, true);
        NdArray by = Broadcasting.to(ay, shape, true);
        long[] co = bc.offsetsInCOrder();
        long[] xo = bx.offsetsInCOrder();
        long[] yo = by.offsetsInCOrder();
        long[] oo = out.offsetsInCOrder();
        for (int i = 0; i < oo.length; i++) {
            Scalar v = bc.elementAt(co[i]).isTrue() ? bx.elementAt(xo[i]) : by.elementAt(yo[i]);
            dev.ndgrade.ndarray.Elements.write(t, out.buffer(), oo[i], v);
        }
        return out;
    }

    private static NdArray asArrayOf(Operand o, DType t) {
        if (o instanceof Operand.Array a) {
            return a.array();
        }
        if (o instanceof Operand.NumpyScalar s) {
            return ArrayConversion.zeroD(s.value());
        }
        Object py = o instanceof Operand.PyInt i ? (Object) i.value() : o instanceof Operand.PyFloat f ? (Object) f.value()
                : o instanceof Operand.PyBool b ? (Object) b.value() : new PyComplex(((Operand.PyComplex) o).re(), ((Operand.PyComplex) o).im());
        // PyArray_Where converts a Python number to its own array (int64, float64...) and only the result dtype sees it
        // as weak; the value is then cast unsafely: np.where(c, uint8_array, -129) holds 127
        return ArrayConversion.zeroD(ArrayConversion.pythonScalar(py, ArrayConversion.discoverDType(List.of(py))));
    }

    /** The call of {@code np.add(a, b, out=None)} and friends (the ufunc object is {@link PyUfunc}). */
    record Ufunc(UfuncKind kind) implements PyCallable {
        /**
         * Of a ufunc's keywords (where, casting, order, dtype, subok, signature) the reference implements out;
         * dtype and signature also when None, their default.
         */
        private static final Params OUT_ONLY = Params.of(0, "out").refusing("dtype", "signature");

        @Override
        public Object call(Args args) {
            UfuncKind k = kind;
            OUT_ONLY.refuseKeywords(args, "numpy", k.numpyName());
            for (String key : args.keywords().keySet()) {
                if (!OUT_ONLY.names().contains(key)) {
                    throw PyException.typeError(k.numpyName() + "() got an unexpected keyword argument '" + key + "'");
                }
            }
            Object out = args.keywords().get("out");
            List<Object> pos = new ArrayList<>(args.positional());
            if (pos.size() == k.nin() + 1 && out == null) {
                out = pos.remove(k.nin());
            }
            if (pos.size() != k.nin()) {
                throw PyException.typeError(k.numpyName() + "() takes from " + k.nin() + " to " + (k.nin() + 1)
                        + " positional arguments but " + pos.size() + " were given");
            }
            Operand[] ops = pos.stream().map(NumpyOperators::operand).toArray(Operand[]::new);
            if (out instanceof PyTuple t && t.items().size() == 1) {
                out = t.items().get(0);
            }
            if (out == null || out instanceof PyNone) {
                return Ufuncs.callFunction(k, ops);
            }
            if (!(out instanceof NdArray o)) {
                throw PyException.typeError("return arrays must be of ArrayType");
            }
            return Ufuncs.callFunctionInto(k, o, ops);
        }
    }

    static void registerUfuncs(PyModule np) {
        for (UfuncKind k : UfuncKind.values()) {
            np.put(k.numpyName(), new PyUfunc(k, new Ufunc(k)));
        }
        np.put("abs", np.get("absolute")).put("true_divide", np.get("divide")).put("mod", np.get("remainder"))
                .put("conj", np.get("conjugate"));
    }
}
