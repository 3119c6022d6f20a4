package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.SameValueCast;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.Views;
import dev.ndgrade.ndarray.print.DTypePrinter;
import dev.ndgrade.ndarray.ufunc.Casting;
import dev.ndgrade.ndarray.ufunc.TypePromotion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The methods of {@code numpy.ndarray} the reference implements: one table entry per method, with the parameters
 * it declares. Most are bound by their declaration; those NumPy parses its own way (varargs, METH_VARARGS,
 * PyArg_ParseTupleAndKeywords, the Python helpers of the reductions) read the call themselves.
 */
final class ArrayMethods {
    private static final String OWNER = "numpy.ndarray";
    private static final Map<String, ArrayMethod> TABLE = table();

    /** A method: its declared parameters and its body, on the array and the whole call. */
    record ArrayMethod(String name, Params params, Body body) {
        /** The work of a method. */
        @FunctionalInterface
        interface Body {
            Object call(NdArray a, Args args);
        }

        /** Calls it on {@code a}, after refusing the keywords NumPy has and it does not implement. */
        Object call(NdArray a, Args args) {
            params.refuseKeywords(args, OWNER, name);
            return body.call(a, args);
        }
    }

    private ArrayMethods() {
    }

    /** The method {@code name}, if the reference implements it. */
    static Optional<ArrayMethod> find(String name) {
        return Optional.ofNullable(TABLE.get(name));
    }

    /** Every implemented method, for the inventory's checks. */
    static Map<String, ArrayMethod> all() {
        return TABLE;
    }

    private static Map<String, ArrayMethod> table() {
        Map<String, ArrayMethod> t = new LinkedHashMap<>();
        shaping(t);
        copying(t);
        elements(t);
        SortingFunctions.methods(t);
        ScanFunctions.methods(t);
        StatisticsFunctions.methods(t);
        RoundingFunctions.methods(t);
        for (String r : new String[] {"sum", "min", "max", "mean", "any", "all", "prod"}) {
            Params params = NumpyModule.reduction(r, false).whole("axis", "dtype", "out");
            // these methods hand over to Python functions of numpy._core._methods (_sum, _amin...)
            String helper = "_" + (r.equals("min") || r.equals("max") ? "a" : "") + r + "()";
            helped(t, r, helper, params, (a, v) -> NumpyModule.reduce(r, params, a, v));
        }
        return java.util.Collections.unmodifiableMap(t);
    }

    /**
     * Binds method {@code name}, which hands the array and its arguments over to the Python function {@code helper}
     * of numpy._core._methods: {@code params} declare the helper's parameters, the array first, and the call is
     * checked with the helper's name in NumPy's messages.
     */
    static void helped(Map<String, ArrayMethod> t, String name, String helper, Params params, Bound body) {
        raw(t, name, params, (a, args) -> {
            List<Object> withSelf = new ArrayList<>(args.positional());
            withSelf.add(0, a);
            Args call = new Args(helper, withSelf, args.keywords(), Args.CallStyle.PYTHON);
            return body.call(a, params.bind(call, OWNER, name));
        });
    }

    private static void shaping(Map<String, ArrayMethod> t) {
        raw(t, "reshape", Params.of(0, "order", "copy"), ArrayMethods::reshape);
        bound(t, "ravel", Params.of(0, "order"), (a, v) -> Reshaping.ravel(a, NumpyArgs.order(v[0], 'C')));
        bound(t, "flatten", Params.of(0, "order"), (a, v) -> Reshaping.flatten(a, NumpyArgs.order(v[0], 'C')));
        raw(t, "repeat", Params.of(1, "repeats", "axis"), (a, args) -> {
            Object[] v = args.bindPyArg(1, "repeats", "axis");
            return ShapeFunctions.repeat(a, v[0], v[1]);
        });
        raw(t, "transpose", Params.of(0), (a, args) -> {
            positionalOnly(args, "transpose", -1);
            if (args.size() == 0) {
                return Axes.transpose(a, null);
            }
            Object first = args.get(0);
            long[] axes = args.size() == 1 && (first instanceof PyTuple || first instanceof PyList || first instanceof PyNone)
                    ? NumpyArgs.axes(first) : NumpyArgs.dimensionsFromArgs(args.positional());
            return Axes.transpose(a, axes);
        });
        raw(t, "swapaxes", Params.of(0), (a, args) -> {
            positionalOnly(args, "swapaxes", 2);
            return Axes.swapaxes(a, NumpyArgs.integer(args.get(0)), NumpyArgs.integer(args.get(1)));
        });
        bound(t, "squeeze", Params.of(0, "axis"), (a, v) -> Axes.squeeze(a, NumpyArgs.squeezeAxes(a, v[0])));
        raw(t, "diagonal", Params.of(0, "offset", "axis1", "axis2"), (a, args) -> {
            Object[] v = args.bindPyArg("offset", "axis1", "axis2");
            return NumpyFunctions.diagonal(a, v[0], v[1], v[2]);
        });
    }

    private static void copying(Map<String, ArrayMethod> t) {
        bound(t, "copy", Params.of(0, "order"), (a, v) -> Copies.copy(a, NumpyArgs.order(v[0], 'C'),
                ViewOrigin.copy("copy()", "copy() always allocates new memory")));
        bound(t, "view", Params.of(0, "dtype", "type").refusing("type").whole("dtype", "type"), (a, v) -> {
            DType t1 = NumpyArgs.dtype(v[0]);
            return t1 == null ? Views.view(a) : Views.view(a, t1);
        });
        bound(t, "astype", Params.of(1, "dtype", "order", "casting", "subok", "copy"), ArrayMethods::astype);
        raw(t, "tolist", Params.of(0), (a, args) -> {
            noArguments(args, "tolist");
            return ArrayConversion.toList(a);
        });
        raw(t, "item", Params.of(0), ArrayMethods::item);
    }

    private static void elements(Map<String, ArrayMethod> t) {
        raw(t, "fill", Params.of(0), (a, args) -> {
            positionalOnly(args, "fill", 1);
            Object v = args.get(0);
            a.requireWriteable();
            Creation.fill(a, v instanceof Scalar s ? s
                    : v instanceof NdArray z && z.ndim() == 0 ? z.item()
                    : ArrayConversion.isSequence(v) ? ArrayConversion.elementFromSequence(v, a.dtype())
                    : ArrayConversion.pythonScalar(v, a.dtype()));
            return PyNone.NONE;
        });
        raw(t, "setflags", Params.of(0, "write", "align", "uic"), ArrayMethods::setflags);
        bound(t, "take", Params.of(1, "indices", "axis", "out", "mode").refusing("out"), (a, v) -> {
            NumpyArgs.onlyValue("mode", v[3], "raise");
            return NumpyFunctions.take(a, v[0], v[1]);
        });
        raw(t, "nonzero", Params.of(0), (a, args) -> {
            noArguments(args, "nonzero");
            return NumpyFunctions.nonzero(a);
        });
        for (String conj : new String[] {"conj", "conjugate"}) {
            raw(t, conj, Params.of(0), (a, args) -> {
                positionalOnly(args, conj, -1);
                if (args.size() > 0) {
                    throw new UnsupportedFeature("the out argument of numpy.ndarray." + conj);
                }
                return NumpyOperators.conjugate(a);
            });
        }
    }

    static void bound(Map<String, ArrayMethod> t, String name, Params params, Bound body) {
        t.put(name, new ArrayMethod(name, params, (a, args) -> body.call(a, params.bind(args, OWNER, name))));
    }

    static void raw(Map<String, ArrayMethod> t, String name, Params params, ArrayMethod.Body body) {
        t.put(name, new ArrayMethod(name, params, body));
    }

    /**
     * Refuses the value a method parsing its own call got for {@code parameter}, which the reference does not
     * implement (its keyword is refused by the declaration; a position is not).
     */
    static void refusePositional(Object value, String parameter, String method) {
        if (value != null && !(value instanceof PyNone)) {
            throw new UnsupportedFeature("the argument '" + parameter + "' of " + OWNER + "." + method);
        }
    }

    /** The body of a method bound by its declaration. */
    @FunctionalInterface
    interface Bound {
        Object call(NdArray a, Object[] v);
    }

    private static Object reshape(NdArray a, Args args) {
        for (String k : args.keywords().keySet()) {
            if (!k.equals("order") && !k.equals("copy")) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for this function");
            }
        }
        if (args.size() == 0) {
            throw PyException.typeError("reshape() takes exactly 1 argument (0 given)");
        }
        long[] shape = NumpyArgs.dimensionsFromArgs(args.positional());
        return Reshaping.reshape(a, shape, NumpyArgs.order(args.keywords().get("order"), 'C'),
                NumpyArgs.copy(args.keywords().get("copy"), null),
                ViewOrigin.view("reshape", "the data already lies in the order the new shape reads it, so reshape returns a view"));
    }

    /** {@code astype(dtype, order='K', casting='unsafe', subok=True, copy=True)}, with NumPy's casting checks. */
    private static Object astype(NdArray a, Object[] v) {
        DType t = v[0] instanceof PyNone ? DType.FLOAT64 : NumpyArgs.dtype(v[0]); // np.dtype(None) is float64
        char order = NumpyArgs.order(v[1], 'K');
        Casting casting = NumpyArgs.casting(v[2], Casting.UNSAFE);
        boolean copy = NumpyArgs.flag(v[4], true);
        if (!TypePromotion.canCast(a.dtype(), t, casting)) {
            throw PyException.typeError("Cannot cast array data from " + DTypePrinter.repr(a.dtype()) + " to "
                    + DTypePrinter.repr(t) + " according to the rule '" + casting.numpyName() + "'");
        }
        // unlike np.array, astype's order 'A' asks for a contiguous result (PyArray_AsType's layout check)
        if (!copy && t.equals(a.dtype()) && (order == 'K' || (order == 'A' && (a.cContiguous() || a.fContiguous()))
                || (order == 'C' && a.cContiguous()) || (order == 'F' && a.fContiguous()))) {
            return a;
        }
        NdArray cast = Copies.copyAs(a, t, order, ViewOrigin.copy("astype", "astype makes a new array (unless copy=False and nothing changes)"));
        if (casting == Casting.SAME_VALUE) {
            SameValueCast.check(a, cast);
        }
        return cast;
    }

    private static Object setflags(NdArray a, Args args) {
        Object[] v = args.bindPyArg("write", "align", "uic");
        if (v[0] != null && !(v[0] instanceof PyNone)) {
            a.setWriteable(Truth.isTrue(v[0]));
        }
        if (v[1] != null && !(v[1] instanceof PyNone)) {
            a.setAligned(Truth.isTrue(v[1]));
        }
        if (v[2] != null && !(v[2] instanceof PyNone) && Truth.isTrue(v[2])) {
            throw PyException.valueError("cannot set WRITEBACKIFCOPY flag to True");
        }
        return PyNone.NONE;
    }

    /** Methods that take no arguments (METH_NOARGS-like in NumPy's messages). */
    private static void noArguments(Args args, String method) {
        positionalOnly(args, method, -1);
        if (args.size() != 0) {
            throw PyException.typeError("function takes exactly 0 arguments (" + args.size() + " given)");
        }
    }

    /**
     * ndarray methods that take positional arguments only (METH_VARARGS): {@code exactly} of them, or any number
     * when it is -1.
     */
    private static void positionalOnly(Args args, String method, int exactly) {
        if (!args.keywords().isEmpty()) {
            throw PyException.typeError("ndarray." + method + "() takes no keyword arguments");
        }
        if (exactly >= 0 && args.size() != exactly) {
            throw PyException.typeError(method + "() takes exactly " + exactly + " argument" + (exactly == 1 ? "" : "s")
                    + " (" + args.size() + " given)");
        }
    }

    private static Object item(NdArray a, Args args) {
        positionalOnly(args, "item", -1);
        if (args.size() == 0) {
            if (a.size() != 1) {
                throw PyException.valueError("can only convert an array of size 1 to a Python scalar");
            }
            return ArrayConversion.toPython(a.item());
        }
        boolean oneIndex = args.size() == 1 && !(args.get(0) instanceof PyTuple t && t.items().size() != 1);
        if (oneIndex) {
            // one index, alone or in a 1-tuple, counts in the flattened array
            Object index = args.get(0) instanceof PyTuple t ? t.items().get(0) : args.get(0);
            long i = NumpyArgs.integer(index, NumpyArgs.IntKind.INTP);
            long n = a.size();
            if (i < -n || i >= n) {
                throw PyException.indexError("index " + i + " is out of bounds for " + (a.ndim() == 1 ? "axis 0 with " : "") + "size " + n);
            }
            long flat = i < 0 ? i + n : i;
            long[] idx = new long[a.ndim()];
            for (int ax = a.ndim() - 1; ax >= 0; ax--) {
                idx[ax] = flat % a.dim(ax);
                flat /= a.dim(ax);
            }
            return ArrayConversion.toPython(a.get(idx));
        }
        List<Object> parts = args.size() == 1 ? ((PyTuple) args.get(0)).items() : args.positional();
        if (parts.size() != a.ndim()) {
            throw PyException.valueError("incorrect number of indices for array");
        }
        long[] idx = new long[parts.size()];
        for (int i = 0; i < idx.length; i++) {
            long k = NumpyArgs.integer(parts.get(i), NumpyArgs.IntKind.INTP);
            if (k < -a.dim(i) || k >= a.dim(i)) {
                throw PyException.indexError("index " + k + " is out of bounds for axis " + i + " with size " + a.dim(i));
            }
            idx[i] = k < 0 ? k + a.dim(i) : k;
        }
        return ArrayConversion.toPython(a.get(idx));
    }
}
