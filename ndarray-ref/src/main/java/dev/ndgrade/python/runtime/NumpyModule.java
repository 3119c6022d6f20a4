package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.MemorySharing;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.StrideTricks;
import dev.ndgrade.ndarray.ViewOrigin;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code numpy} module a snippet imports and its submodules: dtypes, constants, and one table of functions per
 * module, each entry a name with the parameters it declares. What a module does not bind, the inventory judges.
 */
final class NumpyModule {
    /** NumPy's functions written in C and parsed by npy_parse_arguments; all others are Python functions. */
    private static final Set<String> C_FUNCTIONS = Set.of("array", "asarray", "ascontiguousarray",
            "asfortranarray", "zeros", "empty", "arange");

    private static final List<DeclaredFunction> DECLARED = new ArrayList<>();
    /** {@code np.dtype(x)}: calling the class, parsed by PyArg_ParseTupleAndKeywords. */
    static final NumpyFunction DTYPE_CONSTRUCTOR = new NumpyFunction("numpy", "dtype",
            Params.of(1, "dtype", "align", "copy", "metadata"), NumpyFunctions::dtype);
    private static final PyModule INSTANCE = build();

    private NumpyModule() {
    }

    static PyModule instance() {
        return INSTANCE;
    }

    private static PyModule build() {
        PyModule np = new PyModule("numpy");
        types(np);
        np.put("nan", Double.NaN).put("inf", Double.POSITIVE_INFINITY).put("pi", Math.PI).put("e", Math.E)
                .put("newaxis", PyNone.NONE).put("True_", Scalar.of(true)).put("False_", Scalar.of(false));
        np.put("__version__", "2.4.6");
        creation(np);
        shaping(np);
        joining(np);
        queries(np);
        reductions(np);
        NumpyOperators.registerUfuncs(np);
        ShapeFunctions.register(np);
        GridFunctions.register(np);
        ArrayQueries.register(np);
        ArrayEdits.register(np);
        SortingFunctions.register(np);
        ScanFunctions.register(np);
        StatisticsFunctions.register(np);
        RoundingFunctions.register(np);
        submodules(np);
        return np;
    }

    private static void types(PyModule np) {
        for (DType t : DType.ALL) {
            np.put(t.name(), Types.scalarType(t));
        }
        // np.longlong is not bound: on Linux it is a class of its own beside np.int64, printed otherwise
        np.put("bool_", Types.scalarType(DType.BOOL)).put("int_", Types.scalarType(DType.INT64))
                .put("intp", Types.scalarType(DType.INT64)).put("uint", Types.scalarType(DType.UINT64))
                .put("double", Types.scalarType(DType.FLOAT64)).put("single", Types.scalarType(DType.FLOAT32))
                .put("byte", Types.scalarType(DType.INT8))
                .put("ubyte", Types.scalarType(DType.UINT8)).put("short", Types.scalarType(DType.INT16))
                .put("ushort", Types.scalarType(DType.UINT16)).put("intc", Types.scalarType(DType.INT32))
                .put("uintc", Types.scalarType(DType.UINT32)).put("cdouble", Types.scalarType(DType.COMPLEX128))
                .put("csingle", Types.scalarType(DType.COMPLEX64));
        np.put("ndarray", Types.NDARRAY).put("ufunc", Types.UFUNC);
        np.put("generic", Types.GENERIC).put("number", Types.NUMBER).put("integer", Types.INTEGER)
                .put("signedinteger", Types.SIGNED_INTEGER).put("unsignedinteger", Types.UNSIGNED_INTEGER)
                .put("floating", Types.FLOATING).put("complexfloating", Types.COMPLEX_FLOATING);
        np.put("dtype", Types.DTYPE);
        DECLARED.add(DTYPE_CONSTRUCTOR);
    }

    private static void creation(PyModule np) {
        Params array = Params.of(1, "object", "dtype", "copy", "order", "subok", "ndmin").positional(2)
                .refusing("ndmax", "like");
        fn(np, "array", array, v -> NumpyFunctions.array(v, Boolean.TRUE));
        Params asarray = Params.of(1, "a", "dtype", "order", "device", "copy").positional(3).refusing("device", "like");
        fn(np, "asarray", asarray, v -> NumpyFunctions.array(new Object[] {v[0], v[1], v[4], v[2], null, null}, null));
        // the subset has no ndarray subclasses: asanyarray is asarray
        fn(np, "asanyarray", asarray, v -> NumpyFunctions.array(new Object[] {v[0], v[1], v[4], v[2], null, null}, null));
        fn(np, "copy", Params.of(1, "a", "order", "subok"), v -> Copies.copy(NumpyArgs.array(v[0]),
                NumpyArgs.order(v[1], 'K'), ViewOrigin.copy("np.copy", "np.copy always allocates new memory")));
        Params arangeParams = Params.of(0, "start", "stop", "step", "dtype").refusing("device", "like").positional(4);
        fn(np, "arange", arangeParams, NumpyFunctions::arange);
        np.put("arange", new NamedFunction("arange", args -> {
            Object[] v = arangeParams.bind(args, "numpy", "arange");
            // a lone start counts as stop only when given by position
            if (args.size() == 0 && (v[1] == null || v[1] instanceof PyNone)) {
                throw PyException.typeError("arange() requires stop to be specified.");
            }
            return NumpyFunctions.arange(v);
        }, Args.CallStyle.NUMPY_C));
        Params filled = Params.of(1, "shape", "dtype", "order").refusing("device", "like").positional(3);
        fn(np, "zeros", filled, v -> NumpyFunctions.filled(v, "np.zeros", Scalar.ofInt(DType.INT64, 0)));
        fn(np, "empty", filled, v -> NumpyFunctions.undefined(NumpyFunctions.filled(v, "np.empty", Scalar.ofInt(DType.INT64, 0))));
        fn(np, "ones", filled, v -> NumpyFunctions.filled(v, "np.ones", Scalar.ofInt(DType.INT64, 1)));
        fn(np, "full", Params.of(2, "shape", "fill_value", "dtype", "order").refusing("device", "like").positional(4),
                v -> NumpyFunctions.filled(v, "np.full", null));
        // subok: the subset has no ndarray subclasses, so either value gives an ndarray
        Params like = Params.of(1, "a", "dtype", "order", "subok").refusing("shape", "device").positional(5);
        fn(np, "zeros_like", like, v -> NumpyFunctions.like(v, "np.zeros_like", Scalar.ofInt(DType.INT64, 0)));
        fn(np, "empty_like", Params.of(1, "prototype", "dtype", "order", "subok").refusing("shape", "device")
                .positional(5), v -> NumpyFunctions.undefined(NumpyFunctions.like(v, "np.empty_like", Scalar.ofInt(DType.INT64, 0))));
        fn(np, "ones_like", like, v -> NumpyFunctions.like(v, "np.ones_like", Scalar.ofInt(DType.INT64, 1)));
        fn(np, "full_like", Params.of(2, "a", "fill_value", "dtype", "order", "subok").refusing("shape", "device")
                .positional(6), v -> NumpyFunctions.like(v, "np.full_like", null));
        fn(np, "eye", Params.of(1, "N", "M", "k", "dtype", "order").refusing("order", "device", "like").positional(5),
                NumpyFunctions::eye);
        fn(np, "linspace", Params.of(2, "start", "stop", "num", "endpoint", "retstep", "dtype", "axis")
                .refusing("retstep", "axis", "device").positional(7), NumpyFunctions::linspace);
        fn(np, "ascontiguousarray", Params.of(1, "a", "dtype").refusing("like").positional(2),
                v -> NumpyFunctions.ascontiguous(v, 'C'));
        fn(np, "asfortranarray", Params.of(1, "a", "dtype").refusing("like").positional(2),
                v -> NumpyFunctions.ascontiguous(v, 'F'));
    }

    private static void shaping(PyModule np) {
        fn(np, "reshape", Params.of(2, "a", "shape", "order", "copy").positional(3), v -> Reshaping.reshape(
                NumpyArgs.array(v[0]), NumpyArgs.dimensionsFromArgs(List.of(v[1])), NumpyArgs.order(v[2], 'C'), NumpyArgs.copy(v[3], null),
                ViewOrigin.view("np.reshape", "the data already lies in the order the new shape reads it, so reshape returns a view")));
        fn(np, "ravel", Params.of(1, "a", "order"), v -> Reshaping.ravel(NumpyArgs.array(v[0]), NumpyArgs.order(v[1], 'C')));
        fn(np, "transpose", Params.of(1, "a", "axes"), v -> Axes.transpose(NumpyArgs.array(v[0]), NumpyArgs.axes(v[1])));
        fn(np, "swapaxes", Params.of(3, "a", "axis1", "axis2"),
                v -> Axes.swapaxes(NumpyArgs.array(v[0]), NumpyArgs.integer(v[1]), NumpyArgs.integer(v[2])));
        fn(np, "moveaxis", Params.of(3, "a", "source", "destination"), v -> Axes.moveaxis(NumpyArgs.array(v[0]),
                NumpyArgs.axisTuple(v[1]), NumpyArgs.axisTuple(v[2])));
        fn(np, "squeeze", Params.of(1, "a", "axis"), v -> {
            NdArray a = NumpyArgs.array(v[0]);
            return Axes.squeeze(a, NumpyArgs.squeezeAxes(a, v[1]));
        });
        fn(np, "expand_dims", Params.of(2, "a", "axis"),
                v -> Axes.expandDims(NumpyArgs.array(v[0]), NumpyArgs.integers(v[1], NumpyArgs.IntKind.LONG)));
        fn(np, "broadcast_to", Params.of(2, "array", "shape", "subok"),
                v -> StrideTricks.broadcastTo(NumpyArgs.array(v[0]), NumpyArgs.comparedShape(v[1])));
        fn(np, "diagonal", Params.of(1, "a", "offset", "axis1", "axis2"), v -> NumpyFunctions.diagonal(NumpyArgs.array(v[0]), v[1], v[2], v[3]));
    }

    private static void joining(PyModule np) {
        fn(np, "split", Params.of(2, "ary", "indices_or_sections", "axis"), v -> NumpyFunctions.split(v, true));
        fn(np, "array_split", Params.of(2, "ary", "indices_or_sections", "axis"), v -> NumpyFunctions.split(v, false));
        fn(np, "concatenate", Params.of(1, "arrays", "axis", "out", "dtype", "casting").refusing("out").positional(3),
                NumpyFunctions::concatenate);
        fn(np, "stack", Params.of(1, "arrays", "axis", "out", "dtype", "casting").refusing("out").positional(3),
                NumpyFunctions::stack);
    }

    private static void queries(PyModule np) {
        fn(np, "where", Params.of(1, "condition", "x", "y"), v -> {
            if (v[1] == null && v[2] == null) {
                return NumpyFunctions.nonzero(NumpyArgs.array(v[0]));
            }
            if (v[1] == null || v[2] == null) {
                throw PyException.valueError("either both or neither of x and y should be given");
            }
            return NumpyOperators.where(v[0], v[1], v[2]);
        });
        fn(np, "take", Params.of(2, "a", "indices", "axis", "out", "mode").refusing("out"), v -> {
            NumpyArgs.onlyValue("mode", v[4], "raise");
            return NumpyFunctions.take(NumpyArgs.array(v[0]), v[1], v[2]);
        });
        fn(np, "nonzero", Params.of(1, "a"), v -> NumpyFunctions.nonzero(NumpyArgs.array(v[0])));
        fn(np, "shares_memory", Params.of(2, "a", "b", "max_work"), v -> sharing(v, true));
        fn(np, "may_share_memory", Params.of(2, "a", "b", "max_work"), v -> sharing(v, false));
        fn(np, "shape", Params.of(1, "a"), v -> NumpyArgs.tuple(NumpyArgs.array(v[0]).shape()));
        fn(np, "ndim", Params.of(1, "a"), v -> Ints.of(NumpyArgs.array(v[0]).ndim()));
        fn(np, "size", Params.of(1, "a").refusing("axis"), v -> Ints.of(NumpyArgs.array(v[0]).size()));
    }

    /** np.sum and its kin: NumPy's signatures differ in whether they take a dtype and which are keyword-only. */
    private static void reductions(PyModule np) {
        for (String r : new String[] {"sum", "prod", "mean", "min", "max", "amin", "amax", "any", "all"}) {
            String red = r.startsWith("am") ? r.substring(1) : r;
            Params params = reduction(r, true);
            fn(np, r, params, v -> reduce(red, params, NumpyArgs.array(v[0]), v));
        }
    }

    /**
     * The parameters of reduction {@code name} ({@code sum}, {@code amax}...) as NumPy declares it: the function
     * np.{@code name}, or the helper of numpy._core._methods the ndarray method hands over to (which gives every
     * reduction but min and max a dtype). Their first parameter is the array.
     */
    static Params reduction(String name, boolean function) {
        boolean extremum = name.contains("min") || name.contains("max");
        boolean typed = !extremum && (!function || Set.of("sum", "prod", "mean").contains(name));
        Params p = typed ? Params.of(1, "a", "axis", "dtype", "out", "keepdims") : Params.of(1, "a", "axis", "out", "keepdims");
        boolean initial = extremum || name.equals("sum") || name.equals("prod");
        return initial ? p.refusing("out", "initial", "where") : p.refusing("out", "where").positional(p.names().size());
    }

    /** Runs reduction {@code name} on arguments bound to {@code params}. */
    static Object reduce(String name, Params params, NdArray a, Object[] v) {
        return NumpyOperators.reduce(name, a, params.value(v, "axis"), NumpyArgs.dtype(params.value(v, "dtype")),
                NumpyArgs.keepdims(params.value(v, "keepdims")));
    }

    private static void submodules(PyModule np) {
        PyModule strideTricks = new PyModule("numpy.lib.stride_tricks");
        fn(strideTricks, "as_strided", Params.of(1, "x", "shape", "strides", "subok", "writeable"),
                NumpyFunctions::asStrided);
        fn(strideTricks, "sliding_window_view", Params.of(2, "x", "window_shape", "axis", "subok", "writeable")
                .positional(3), NumpyFunctions::slidingWindowView);
        PyModule lib = new PyModule("numpy.lib");
        lib.put("stride_tricks", strideTricks).put("tracemalloc_domain", Ints.of(389047));
        np.put("lib", lib);
        PyModule exceptions = new PyModule("numpy.exceptions");
        BuiltinClasses.ofModule("numpy.exceptions").forEach(t -> exceptions.put(t.name(), t));
        np.put("exceptions", exceptions);
        np.put("random", NumpyRandomModule.build())
                .put("linalg", new PyModule("numpy.linalg").put("LinAlgError", BuiltinClasses.get("numpy.linalg", "LinAlgError")));
    }

    /** Binds {@code name} in {@code m} to {@code body} with the parameters it declares; returns the function. */
    static NamedFunction fn(PyModule m, String name, Params params, NumpyFunction.Body body) {
        NumpyFunction f = new NumpyFunction(m.name(), name, params, body);
        DECLARED.add(f);
        NamedFunction named = new NamedFunction(name, f, C_FUNCTIONS.contains(name) ? Args.CallStyle.NUMPY_C : Args.CallStyle.PYTHON);
        m.put(name, named);
        return named;
    }

    /** Binds {@code name} in {@code m}, a function of {@code *args} and the keyword-only {@code keywords}. */
    static void variadic(PyModule m, String name, Params keywords, VariadicFunction.Body body) {
        VariadicFunction f = new VariadicFunction(m.name(), name, keywords, body);
        DECLARED.add(f);
        m.put(name, new NamedFunction(name, f, Args.CallStyle.PYTHON));
    }

    /** Every NumPy function the modules bind, with the parameters it declares. */
    static List<DeclaredFunction> declared() {
        instance();
        return List.copyOf(DECLARED);
    }

    private static Object sharing(Object[] v, boolean exact) {
        NdArray a = NumpyArgs.array(v[0]);
        NdArray b = NumpyArgs.array(v[1]);
        if (v[2] != null && !(v[2] instanceof PyNone || v[2] instanceof BigInteger || v[2] instanceof Boolean)) {
            throw PyException.valueError("max_work must be an integer");
        }
        Long maxWork = v[2] == null || v[2] instanceof PyNone ? null : NumpyArgs.integer(v[2]);
        return exact ? MemorySharing.sharesMemory(a, b, maxWork) : MemorySharing.mayShareMemory(a, b, maxWork);
    }
}
