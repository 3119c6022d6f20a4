package dev.ndgrade.python.runtime;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.DummyArray;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.print.ArrayPrinter;
import dev.ndgrade.ndarray.print.DTypePrinter;
import dev.ndgrade.ndarray.print.PyFloatFormat;
import dev.ndgrade.ndarray.print.ScalarPrinter;
import java.math.BigInteger;
import java.util.List;

/** {@code repr(x)} and {@code str(x)} for every value a snippet can hold, as CPython 3.11 and NumPy 2.4 print them. */
public final class Repr {
    private Repr() {
    }

    public static String repr(Object v) {
        if (v instanceof PyInstance) {
            return SpecialMethods.repr(v);
        } else if (v instanceof PySuper || v instanceof UserFunction || v instanceof BoundMethod
                || BuiltinClasses.isNativeMethod(v) || RandomObjects.showAddress(v)) {
            throw new UnsupportedFeature("the repr of " + Types.shortName(v) + " objects (it shows a memory address)");
        } else if (v instanceof String s) {
            return quote(s);
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof BigInteger i) {
            return Ints.decimal(i);
        } else if (v instanceof Double d) {
            return PyFloatFormat.repr(d);
        } else if (v instanceof PyComplex c) {
            return PyFloatFormat.complexRepr(c.re(), c.im());
        } else if (v instanceof PyNone) {
            return "None";
        } else if (v instanceof NdArray a) {
            return ArrayPrinter.repr(a);
        } else if (v instanceof Scalar s) {
            return ScalarPrinter.repr(s);
        } else if (v instanceof DType t) {
            return DTypePrinter.repr(t);
        } else if (v instanceof PyList l) {
            return "[" + join(l.items()) + "]";
        } else if (v instanceof PyTuple t) {
            List<Object> items = t.items();
            return items.size() == 1 ? "(" + repr(items.get(0)) + ",)" : "(" + join(items) + ")";
        } else if (v instanceof PyDict d) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Object[] kv : d.pairs()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(kv[0])).append(": ").append(repr(kv[1]));
            }
            return sb.append('}').toString();
        } else if (v instanceof PySlice s) {
            return "slice(" + repr(s.start()) + ", " + repr(s.stop()) + ", " + repr(s.step()) + ")";
        } else if (v instanceof PyRange r) {
            return "range(" + r.start() + ", " + r.stop() + (r.step() == 1 ? "" : ", " + r.step()) + ")";
        } else if (v instanceof PyEllipsis) {
            return "Ellipsis";
        } else if (v instanceof PyType t) {
            return t.toString();
        } else if (v instanceof FlagsObject f) {
            return f.repr();
        } else if (v instanceof PyModule m) {
            throw new UnsupportedFeature("the repr of module '" + m.name() + "' (CPython's names the module's file)");
        } else if (v instanceof PyUfunc u) {
            return u.toString();
        } else if (v instanceof NamedFunction f) {
            return functionRepr(f);
        } else if (v instanceof DummyArray) {
            return "<numpy.lib._stride_tricks_impl.DummyArray object>";
        }
        return libraryRepr(v);
    }

    /** Sets, dict views, iterators and methods: fixed reprs, or unsupported where CPython's shows an address. */
    private static String libraryRepr(Object v) {
        if (v instanceof UnboundMethod m) {
            return m.repr();
        } else if (v instanceof PySet set) {
            return PySetMethods.repr(set);
        } else if (v instanceof DictView view) {
            return view.repr();
        } else if (v instanceof PyIterator it) {
            throw new UnsupportedFeature("the repr of a " + it.kind() + " object (CPython shows its memory address)");
        } else if (v instanceof BoundMethod) {
            throw new UnsupportedFeature("the repr of a bound method (CPython shows its object's memory address)");
        }
        return "<" + Types.shortName(v) + " object>";
    }

    /** C functions print their name; NumPy's Python functions print what the reference cannot. */
    private static String functionRepr(NamedFunction f) {
        if (f.style() == Args.CallStyle.PYTHON) {
            throw new UnsupportedFeature("the repr of function " + f.name() + " (CPython's shows its memory address)");
        }
        return "<built-in function " + f.name() + ">";
    }

    public static String str(Object v) {
        if (v instanceof PyInstance) {
            return SpecialMethods.str(v);
        } else if (v instanceof String s) {
            return s;
        } else if (v instanceof NdArray a) {
            return ArrayPrinter.str(a);
        } else if (v instanceof Scalar s) {
            return ScalarPrinter.str(s);
        } else if (v instanceof DType t) {
            return DTypePrinter.str(t);
        }
        return repr(v);
    }

    private static String join(List<Object> items) {
        Meter.current().steps(items.size()); // a list holding itself many times over must not print for ever
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items.get(i)));
        }
        return sb.toString();
    }

    /** Python's string repr: single quotes unless the text has a ' and no ", with Python's escapes. */
    public static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (c > 0x7f && !Character.isSurrogate(c) && !StrCase.isPrintable(c)) {
                // str.__repr__ escapes what Unicode calls non-printable, as ascii() escapes all non-ASCII
                sb.append(Conversions.ascii(String.valueOf(c)));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }
}
