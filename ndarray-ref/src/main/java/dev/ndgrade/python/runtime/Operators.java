package dev.ndgrade.python.runtime;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.python.syntax.BinaryOperator;
import dev.ndgrade.python.syntax.CompareOperator;
import dev.ndgrade.python.syntax.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Python's operators: NumPy operands go to the ufuncs, Python numbers and sequences follow CPython. */
public final class Operators {
    private Operators() {
    }

    static boolean isNumpy(Object v) {
        return v instanceof NdArray || v instanceof Scalar;
    }

    public static Object binary(BinaryOperator op, Object l, Object r) {
        if (op == BinaryOperator.BITOR && (l instanceof PyType || l instanceof PyNone) && (r instanceof PyType || r instanceof PyNone)
                && (l instanceof PyType || r instanceof PyType)) {
            throw new UnsupportedFeature("union types (X | Y)");
        }
        if ((isNumpy(l) || isNumpy(r)) && (l instanceof PyInstance || r instanceof PyInstance)) {
            throw new UnsupportedFeature("NumPy operators with instances of classes (object arrays)");
        }
        if (op == BinaryOperator.MOD && l instanceof String template) {
            return PercentFormat.format(template, r); // str.__mod__ comes first, whatever the right operand
        }
        if (isNumpy(l) || isNumpy(r)) {
            if ((l instanceof PyList || l instanceof PyTuple || isPythonNumber(l) || isNumpy(l))
                    && (r instanceof PyList || r instanceof PyTuple || isPythonNumber(r) || isNumpy(r))) {
                return NumpyOperators.binary(op, l, r);
            }
            if (l instanceof String || r instanceof String) {
                throw NumpyOperators.noStringLoop(op, l, r);
            }
            throw unsupported(op, l, r);
        }
        if (isPythonNumber(l) && isPythonNumber(r)) {
            return PyNumbers.binary(op, l, r);
        }
        return sequenceBinary(op, l, r);
    }

    static boolean isPythonNumber(Object v) {
        return v instanceof BigInteger || v instanceof Boolean || v instanceof Double || v instanceof PyComplex;
    }

    private static Object sequenceBinary(BinaryOperator op, Object l, Object r) {
        if ((l instanceof DictView || r instanceof DictView) && "|&-^".contains(op.symbol())) {
            throw new UnsupportedFeature("set operations on dict views");
        }
        if (l instanceof PySet || r instanceof PySet) {
            PySet result = "|&-^".contains(op.symbol()) ? PySetMethods.operator(op.symbol(), l, r) : null;
            if (result == null) {
                throw unsupported(op, l, r);
            }
            return result;
        }
        if (op == BinaryOperator.ADD) {
            if (l instanceof String a) {
                if (r instanceof String b) {
                    Meter.current().strChars((long) a.length() + b.length());
                    return a + b;
                }
                throw PyException.typeError("can only concatenate str (not \"" + Types.shortName(r) + "\") to str");
            }
            if (l instanceof PyList a) {
                if (r instanceof PyList b) {
                    Meter.current().listItems((long) a.items().size() + b.items().size(), "list");
                    List<Object> out = new ArrayList<>(a.items());
                    out.addAll(b.items());
                    return new PyList(out);
                }
                throw PyException.typeError("can only concatenate list (not \"" + Types.shortName(r) + "\") to list");
            }
            if (l instanceof PyTuple a) {
                if (r instanceof PyTuple b) {
                    Meter.current().listItems((long) a.items().size() + b.items().size(), "tuple");
                    List<Object> out = new ArrayList<>(a.items());
                    out.addAll(b.items());
                    return PyTuple.of(out);
                }
                throw PyException.typeError("can only concatenate tuple (not \"" + Types.shortName(r) + "\") to tuple");
            }
        }
        if (op == BinaryOperator.MULT) {
            if (isSequence(l) && (r instanceof BigInteger || r instanceof Boolean)) {
                return repeat(l, r);
            }
            if (isSequence(r) && (l instanceof BigInteger || l instanceof Boolean)) {
                return repeat(r, l);
            }
            if (isSequence(l) || isSequence(r)) {
                Object other = isSequence(l) ? r : l;
                throw PyException.typeError("can't multiply sequence by non-int of type '" + Types.shortName(other) + "'");
            }
        }

        throw unsupported(op, l, r);
    }

    static PyException unsupported(BinaryOperator op, Object l, Object r) {
        String symbol = op == BinaryOperator.POW ? "** or pow()" : op.symbol();
        return PyException.typeError("unsupported operand type(s) for " + symbol + ": '" + elementTypeName(l)
                + "' and '" + elementTypeName(r) + "'");
    }

    /**
     * The type Python's operator sees: NumPy turns an unknown operand (None...) into an object array and runs the
     * operator element by element, on the Python number each element becomes (bool, int, float or complex).
     */
    static String elementTypeName(Object v) {
        DType t = v instanceof NdArray a && a.size() > 0 ? a.dtype() : v instanceof Scalar s ? s.dtype() : null;
        if (t == null) {
            return Types.shortName(v);
        }
        return t instanceof DType.Bool ? "bool" : t instanceof DType.Int ? "int" : t instanceof DType.Float ? "float" : "complex";
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof PyList || v instanceof PyTuple;
    }

    /**
     * {@code seq * times}. Where CPython's own size arithmetic refuses, its error (deterministic); a result that would
     * merely need more memory than the machine has is a limit, refused before any work.
     */
    private static Object repeat(Object seq, Object times) {
        long n = Math.max(0, repeatCount(times));
        if (seq instanceof String s) {
            long length = s.codePointCount(0, s.length());
            if (n > 0 && length > Long.MAX_VALUE / n) {
                throw new PyException("OverflowError", "repeated string is too long");
            }
            if (s.isEmpty() || n == 0) {
                return "";
            }
            Meter.current().strChars(s.length() > Long.MAX_VALUE / n ? Long.MAX_VALUE : s.length() * n);
            return s.repeat(Math.toIntExact(n));
        }
        List<Object> items = seq instanceof PyList l ? l.items() : ((PyTuple) seq).items();
        int size = items.size();
        if (n > 0 && size > Long.MAX_VALUE / 8 / n) { // CPython's item array would need more than PY_SSIZE_T_MAX bytes
            throw new PyException("MemoryError", "");
        }
        long total = size * n;
        Meter.current().listItems(total, Types.shortName(seq));
        Meter.current().elements(total);
        ArrayList<Object> out = new ArrayList<>((int) total);
        for (long i = 0; i < n && size > 0; i++) {
            out.addAll(items);
        }
        return seq instanceof PyList ? PyList.adopt(out) : PyTuple.of(out);
    }

    /** A repeat count: CPython's error for an int that does not fit in a Py_ssize_t. */
    private static long repeatCount(Object times) {
        if (times instanceof Boolean b) {
            return b ? 1 : 0;
        }
        BigInteger n = (BigInteger) times;
        if (n.bitLength() > 63) {
            throw new PyException("OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        return n.longValue();
    }

    /** {@code l op= r}: arrays and lists change in place and stay the same object; everything else rebinds. */
    public static Object inPlace(BinaryOperator op, Object l, Object r) {
        if (l instanceof NdArray a) {
            return NumpyOperators.inPlace(op, a, r);
        }
        if (l instanceof PySet set && !set.frozen() && r instanceof PySet other && "|&-^".contains(op.symbol())) {
            return PySetMethods.inPlace(op.symbol(), set, other);
        }
        if (l instanceof PyList list) {
            if (op == BinaryOperator.ADD) {
                List<Object> added = Iteration.iterate(r);
                Meter.current().listItems((long) list.items().size() + added.size(), "list");
                list.items().addAll(added);
                return list;
            }
            if (op == BinaryOperator.MULT && (r instanceof BigInteger || r instanceof Boolean)) {
                List<Object> copy = new ArrayList<>(((PyList) repeat(list, r)).items());
                list.items().clear();
                list.items().addAll(copy);
                return list;
            }
        }
        try {
            return binary(op, l, r);
        } catch (PyException e) {
            // Python names the augmented operator when both operands refuse it; NumPy's element loops raise their own
            String plain = "unsupported operand type(s) for " + op.symbol() + ": ";
            if (isNumpy(l) || isNumpy(r) || !e.getMessage().startsWith(plain)) {
                throw e;
            }
            throw PyException.typeError("unsupported operand type(s) for " + op.symbol() + "=: " + e.getMessage().substring(plain.length()));
        }
    }

    public static Object unary(UnaryOperator op, Object v) {
        if (isNumpy(v)) {
            return NumpyOperators.unary(op, v);
        }
        if (isPythonNumber(v)) {
            return PyNumbers.unary(op, v);
        }
        throw PyException.typeError("bad operand type for unary " + op.symbol() + ": '" + Types.shortName(v) + "'");
    }

    public static Object compare(CompareOperator op, Object l, Object r) {
        switch (op) {
            case IS:
                return identical(l, r);
            case IS_NOT:
                return !identical(l, r);
            case IN:
                return contains(r, l);
            case NOT_IN:
                return !contains(r, l);
            default:
                break;
        }
        if (l instanceof PyInstance || r instanceof PyInstance) {
            if (isNumpy(l) || isNumpy(r)) {
                throw new UnsupportedFeature("comparing arrays with instances of classes");
            }
            if (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ) {
                return SpecialMethods.equality(op == CompareOperator.EQ, l, r);
            }
        }
        if (isNumpy(l) || isNumpy(r)) {
            return NumpyOperators.compare(op, l, r);
        }
        if (l instanceof PySet a && r instanceof PySet b) {
            return PySetMethods.compare(op.symbol(), a, b);
        }
        if (isSetLike(l) && isSetLike(r) && (l instanceof DictView || r instanceof DictView)) {
            if (op != CompareOperator.EQ && op != CompareOperator.NOT_EQ) {
                throw new UnsupportedFeature("ordering comparisons of dict views");
            }
            boolean same = Builtins.len(l).equals(Builtins.len(r)) && Iteration.iterate(l).stream().allMatch(x -> contains(r, x));
            return op == CompareOperator.EQ ? same : !same;
        }
        if (op == CompareOperator.EQ) {
            return equal(l, r);
        }
        if (op == CompareOperator.NOT_EQ) {
            return !equal(l, r);
        }
        int c = order(op, l, r);
        if (c == 2) {
            return false; // NaN is unordered
        }
        return switch (op) {
            case LT -> c < 0;
            case LT_E -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Sets and the set-like dict views ({@code keys()}, {@code items()}), which compare by contents. */
    private static boolean isSetLike(Object v) {
        return v instanceof PySet || v instanceof DictView view && !view.kind().equals("values");
    }

    /** Python's {@code is}: the same object (interned small ints, None, booleans behave as in CPython). */
    static boolean identical(Object l, Object r) {
        return l == r;
    }

    /** Python's {@code ==} between non-NumPy values. */
    public static boolean equal(Object l, Object r) {
        if (l == r) {
            return !(l instanceof Double d && d.isNaN());
        }
        if (isPythonNumber(l) && isPythonNumber(r)) {
            return PyNumbers.equal(l, r);
        }
        if (l instanceof String a && r instanceof String b) {
            return a.equals(b);
        }
        if ((l instanceof PyList && r instanceof PyList) || (l instanceof PyTuple && r instanceof PyTuple)) {
            List<Object> a = Iteration.iterate(l);
            List<Object> b = Iteration.iterate(r);
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!Truth.isTrue(compare(CompareOperator.EQ, a.get(i), b.get(i)))) {
                    return false;
                }
            }
            return true;
        }
        if (l instanceof PyRange a && r instanceof PyRange b) {
            return a.equals(b);
        }
        if (l instanceof PyDict a && r instanceof PyDict b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Object[] kv : a.pairs()) {
                if (!b.contains(kv[0]) || !Truth.isTrue(compare(CompareOperator.EQ, kv[1], b.get(kv[0])))) {
                    return false;
                }
            }
            return true;
        }
        if (l instanceof DType || r instanceof DType) {
            // dtype.__eq__ first converts the other side with np.dtype(); what cannot be converted is unequal
            DType a = NumpyArgs.dtypeOrNull(l);
            return a != null && a.equals(NumpyArgs.dtypeOrNull(r));
        }
        return false;
    }

    private static int order(CompareOperator op, Object l, Object r) {
        if (isPythonNumber(l) && isPythonNumber(r) && !(l instanceof PyComplex) && !(r instanceof PyComplex)) {
            return PyNumbers.compare(l, r);
        }
        if (l instanceof String a && r instanceof String b) {
            return Integer.signum(a.compareTo(b));
        }
        if ((l instanceof PyList && r instanceof PyList) || (l instanceof PyTuple && r instanceof PyTuple)) {
            List<Object> a = Iteration.iterate(l);
            List<Object> b = Iteration.iterate(r);
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return order(op, a.get(i), b.get(i));
                }
            }
            return Integer.compare(a.size(), b.size());
        }
        throw PyException.typeError("'" + op.symbol() + "' not supported between instances of '" + Types.shortName(l)
                + "' and '" + Types.shortName(r) + "'");
    }

    /** CPython's PyObject_RichCompareBool(a, b, Py_EQ): identity first, else the truth of {@code a == b} (which may raise). */
    static boolean richEqual(Object a, Object b) {
        return a == b || Truth.isTrue(compare(CompareOperator.EQ, a, b));
    }

    static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String t)) {
                throw PyException.typeError("'in <string>' requires string as left operand, not " + Types.shortName(item));
            }
            return s.contains(t);
        }
        if (container instanceof PyDict d) {
            return d.contains(item);
        }
        if (container instanceof PySet set) {
            return set.contains(item);
        }
        if (container instanceof DictView view) {
            return view.contains(item);
        }
        if (container instanceof PyIterator) {
            // consumes the iterator up to the match, as CPython does
            Iterator<Object> source = Iteration.lazy(container);
            while (source.hasNext()) {
                if (richEqual(source.next(), item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof NdArray a) {
            return NumpyOperators.contains(a, item);
        }
        if (container instanceof PyList || container instanceof PyTuple || container instanceof PyRange) {
            for (Object o : Iteration.iterate(container)) {
                if (richEqual(o, item)) {
                    return true;
                }
            }
            return false;
        }
        String message = "argument of type '" + Types.shortName(container) + "' is not iterable";
        throw container instanceof PyInstance i ? SpecialMethods.notIterable(i, message) : PyException.typeError(message);
    }
}
