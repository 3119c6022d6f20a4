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

/** The {@code numpy} module a snippet imports: dtypes, constants, functions and the submodules it uses. */
final class NumpyModule {
    /** NumPy's functions written in C and parsed by npy_parse_arguments; all others are Python functions. */
    private static final java.util.Set<String> C_FUNCTIONS = java.util.Set.of("array", "asarray", "ascontiguousarray",
            "asfortranarray", "zeros", "empty", "arange");

    private static final PyModule INSTANCE = build();

    private NumpyModule() {
    }

    static PyModule instance() {
        return INSTANCE;
    }

    private static PyModule build() {
        PyModule np = new PyModule("numpy");
        for (DType t : DType.ALL) {
            np.put(t.name(), Types.scalarType(t));
        }
        PyType bool = Types.scalarType(DType.BOOL);
        np.put("bool_", bool).put("int_", Types.scalarType(DType.INT64)).put("intp", Types.scalarType(DType.INT64))
                .put("uint", Types.scalarType(DType.UINT64)).put("double", Types.scalarType(DType.FLOAT64))
                .put("single", Types.scalarType(DType.FLOAT32)).put("longlong", Types.scalarType(DType.INT64))
                .put("byte", Types.scalarType(DType.INT8)).put("ubyte", Types.scalarType(DType.UINT8))
                .put("short", Types.scalarType(DType.INT16)).put("ushort", Types.scalarType(DType.UINT16))
                .put("intc", Types.scalarType(DType.INT32)).put("uintc", Types.scalarType(DType.UINT32))
                .put("cdouble", Types.scalarType(DType.COMPLEX128)).put("csingle", Types.scalarType(DType.COMPLEX64));
        np.put("ndarray", Types.NDARRAY).put("ufunc", Types.UFUNC);
        np.put("generic", Types.GENERIC).put("number", Types.NUMBER).put("integer", Types.INTEGER)
                .put("signedinteger", Types.SIGNED_INTEGER).put("unsignedinteger", Types.UNSIGNED_INTEGER)
                .put("floating", Types.FLOATING).put("complexfloating", Types.COMPLEX_FLOATING);
        np.put("nan", Double.NaN).put("inf", Double.POSITIVE_INFINITY).put("pi", Math.PI).put("e", Math.E)
                .put("newaxis", PyNone.NONE).put("True_", Scalar.of(true)).put("False_", Scalar.of(false));
        np.put("__version__", "2.4.6");

        np.put("dtype", Types.DTYPE);
        fn(np, "array", args -> NumpyFunctions.array(args, Boolean.TRUE));
        fn(np, "asarray", args -> NumpyFunctions.array(args, null));
        fn(np, "asanyarray", args -> NumpyFunctions.array(args, null)); // the subset has no ndarray subclasses
        fn(np, "copy", args -> {
            Object[] v = args.bindRequired(1, "a", "order");
            return Copies.copy(NumpyArgs.array(v[0]), NumpyArgs.order(v[1], 'K'), ViewOrigin.copy("np.copy", "np.copy always allocates new memory"));
        });
        fn(np, "arange", NumpyFunctions::arange);
        fn(np, "zeros", args -> NumpyFunctions.filled(args, "np.zeros", Scalar.ofInt(DType.INT64, 0)));
        fn(np, "empty", args -> NumpyFunctions.undefined(NumpyFunctions.filled(args, "np.empty", Scalar.ofInt(DType.INT64, 0))));
        fn(np, "ones", args -> NumpyFunctions.filled(args, "np.ones", Scalar.ofInt(DType.INT64, 1)));
        fn(np, "full", args -> NumpyFunctions.filled(args, "np.full", null));
        fn(np, "zeros_like", args -> NumpyFunctions.like(args, "np.zeros_like", Scalar.ofInt(DType.INT64, 0)));
        fn(np, "empty_like", args -> NumpyFunctions.undefined(NumpyFunctions.like(args, "np.empty_like", Scalar.ofInt(DType.INT64, 0))));
        fn(np, "ones_like", args -> NumpyFunctions.like(args, "np.ones_like", Scalar.ofInt(DType.INT64, 1)));
        fn(np, "full_like", args -> NumpyFunctions.like(args, "np.full_like", null));
        fn(np, "eye", NumpyFunctions::eye);
        fn(np, "linspace", NumpyFunctions::linspace);
        fn(np, "reshape", args -> {
            Object[] v = args.bindRequired(2, "a", "shape", "order", "copy");
            return Reshaping.reshape(NumpyArgs.array(v[0]), NumpyArgs.dimensions(v[1]), NumpyArgs.order(v[2], 'C'),
                    NumpyArgs.copy(v[3], null), ViewOrigin.view("np.reshape", "the data already lies in the order the new shape reads it, so reshape returns a view"));
        });
        fn(np, "ravel", args -> {
            Object[] v = args.bindRequired(1, "a", "order");
            return Reshaping.ravel(NumpyArgs.array(v[0]), NumpyArgs.order(v[1], 'C'));
        });
        fn(np, "transpose", args -> {
            Object[] v = args.bindRequired(1, "a", "axes");
            return Axes.transpose(NumpyArgs.array(v[0]), NumpyArgs.axes(v[1]));
        });
        fn(np, "swapaxes", args -> {
            Object[] v = args.bindRequired(3, "a", "axis1", "axis2");
            return Axes.swapaxes(NumpyArgs.array(v[0]), NumpyArgs.integer(v[1]), NumpyArgs.integer(v[2]));
        });
        fn(np, "moveaxis", NumpyFunctions::moveaxis);
        fn(np, "squeeze", args -> {
            Object[] v = args.bindRequired(1, "a", "axis");
            NdArray sq = NumpyArgs.array(v[0]);
            return Axes.squeeze(sq, NumpyArgs.squeezeAxes(sq, v[1]));
        });
        fn(np, "expand_dims", NumpyFunctions::expandDims);
        fn(np, "broadcast_to", args -> {
            Object[] v = args.bindRequired(2, "array", "shape", "subok");
            return StrideTricks.broadcastTo(NumpyArgs.array(v[0]), NumpyArgs.dimensions(v[1]));
        });
        fn(np, "ascontiguousarray", args -> NumpyFunctions.ascontiguous(args, 'C'));
        fn(np, "asfortranarray", args -> NumpyFunctions.ascontiguous(args, 'F'));
        fn(np, "diagonal", NumpyFunctions::diagonal);
        fn(np, "split", args -> NumpyFunctions.split(args, true));
        fn(np, "array_split", args -> NumpyFunctions.split(args, false));
        fn(np, "concatenate", NumpyFunctions::concatenate);
        fn(np, "stack", NumpyFunctions::stack);
        fn(np, "where", args -> {
            Object[] v = args.bindRequired(1, "condition", "x", "y");
            if (v[1] == null && v[2] == null) {
                return NumpyFunctions.nonzero(NumpyArgs.array(v[0]));
            }
            if (v[1] == null || v[2] == null) {
                throw PyException.valueError("either both or neither of x and y should be given");
            }
            return NumpyOperators.where(v[0], v[1], v[2]);
        });
        fn(np, "take", args -> {
            Object[] v = args.bindRequired(2, "a", "indices", "axis");
            return NumpyFunctions.take(NumpyArgs.array(v[0]), v[1], v[2]);
        });
        fn(np, "nonzero", args -> NumpyFunctions.nonzero(NumpyArgs.array(args.bindRequired(1, "a")[0])));
        fn(np, "shares_memory", args -> sharing(args, true));
        fn(np, "may_share_memory", args -> sharing(args, false));
        fn(np, "shape", args -> NumpyArgs.tuple(NumpyArgs.array(args.bindRequired(1, "a")[0]).shape()));
        fn(np, "ndim", args -> Ints.of(NumpyArgs.array(args.bindRequired(1, "a")[0]).ndim()));
        fn(np, "size", args -> Ints.of(NumpyArgs.array(args.bindRequired(1, "a")[0]).size()));
        for (String r : new String[] {"sum", "min", "max", "mean", "any", "all", "prod", "amin", "amax"}) {
            String red = r.startsWith("am") ? r.substring(1) : r;
            fn(np, r, args -> {
                Object[] v = args.bindRequired(1, "a", "axis", "dtype", "out", "keepdims");
                return NumpyOperators.reduce(red, NumpyArgs.array(v[0]), v[1], NumpyArgs.dtype(v[2]), NumpyArgs.flag(v[4], false));
            });
        }
        NumpyOperators.registerUfuncs(np);
        ShapeFunctions.register(np);
        GridFunctions.register(np);
        ArrayQueries.register(np);
        ArrayEdits.register(np);

        PyModule strideTricks = new PyModule("numpy.lib.stride_tricks");
        fn(strideTricks, "as_strided", NumpyFunctions::asStrided);
        fn(strideTricks, "sliding_window_view", NumpyFunctions::slidingWindowView);
        PyModule lib = new PyModule("numpy.lib");
        lib.put("stride_tricks", strideTricks).put("tracemalloc_domain", Ints.of(389047));
        np.put("lib", lib);
        PyModule exceptions = new PyModule("numpy.exceptions");
        BuiltinClasses.ofModule("numpy.exceptions").forEach(t -> exceptions.put(t.name(), t));
        np.put("exceptions", exceptions);
        np.put("linalg", PyModule.partial("numpy.linalg").put("LinAlgError", BuiltinClasses.get("numpy.linalg", "LinAlgError")));
        return np;
    }

    static void fn(PyModule m, String name, PyCallable body) {
        m.put(name, new NamedFunction(name, body,
                C_FUNCTIONS.contains(name) ? Args.CallStyle.NUMPY_C : Args.CallStyle.PYTHON));
    }

    private static Object sharing(Args args, boolean exact) {
        Object[] v = args.bindRequired(2, "a", "b", "max_work");
        NdArray a = NumpyArgs.array(v[0]);
        NdArray b = NumpyArgs.array(v[1]);
        Long maxWork = v[2] == null || v[2] instanceof PyNone ? null : NumpyArgs.integer(v[2]);
        return exact ? MemorySharing.sharesMemory(a, b, maxWork) : MemorySharing.mayShareMemory(a, b, maxWork);
    }
}
