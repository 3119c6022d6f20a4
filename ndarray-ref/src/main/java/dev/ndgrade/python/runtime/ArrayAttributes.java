package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.SameValueCast;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.Views;
import dev.ndgrade.ndarray.print.DTypePrinter;
import dev.ndgrade.ndarray.ufunc.Casting;
import dev.ndgrade.ndarray.ufunc.TypePromotion;
import java.util.List;

/** The attributes and methods of {@code numpy.ndarray}. */
final class ArrayAttributes {
    private ArrayAttributes() {
    }

    static Object get(NdArray a, String name) {
        switch (name) {
            case "base": {
                Object b = a.base();
                return b == null ? PyNone.NONE : b;
            }
            case "shape": return NumpyArgs.tuple(a.shape());
            case "strides": return NumpyArgs.tuple(a.strides());
            case "ndim": return Ints.of(a.ndim());
            case "size": return Ints.of(a.size());
            case "itemsize": return Ints.of(a.itemsize());
            case "nbytes": return Ints.of(a.nbytes());
            case "dtype": return a.dtype();
            case "flags": return new FlagsObject(a);
            case "T": return Axes.transpose(a, null);
            case "mT": return Axes.matrixTranspose(a);
            case "real": return Views.real(a);
            case "imag": return Views.imag(a);
            // real attributes the reference does not model: refused, never NumPy-less AttributeErrors
            case "flat": throw new UnsupportedFeature("ndarray.flat (numpy.flatiter objects)");
            case "tobytes": throw new UnsupportedFeature("ndarray.tobytes (bytes objects)");
            case "resize": throw new UnsupportedFeature("ndarray.resize (its refcheck depends on CPython's reference counts)");
            default: break;
        }
        PyCallable m = method(a, name);
        if (m == null) {
            throw PyException.attributeError("numpy.ndarray", name);
        }
        return Attributes.method(a, name, m);
    }

    static PyCallable method(NdArray a, String name) {
        switch (name) {
            case "reshape": return args -> {
                Object order = args.keywords().get("order");
                Object copy = args.keywords().get("copy");
                for (String k : args.keywords().keySet()) {
                    if (!k.equals("order") && !k.equals("copy")) {
                        throw PyException.typeError("'" + k + "' is an invalid keyword argument for this function");
                    }
                }
                if (args.size() == 0) {
                    throw PyException.typeError("reshape() takes exactly 1 argument (0 given)");
                }
                long[] shape = NumpyArgs.dimensionsFromArgs(args.positional());
                return Reshaping.reshape(a, shape, NumpyArgs.order(order, 'C'), NumpyArgs.copy(copy, null),
                        ViewOrigin.view("reshape", "the data already lies in the order the new shape reads it, so reshape returns a view"));
            };
            case "ravel": return args -> Reshaping.ravel(a, NumpyArgs.order(args.bind("order")[0], 'C'));
            case "repeat": return args -> {
                Object[] v = args.bindRequired(1, "repeats", "axis");
                return ShapeFunctions.repeat(a, v[0], v[1]);
            };
            case "flatten": return args -> Reshaping.flatten(a, NumpyArgs.order(args.bind("order")[0], 'C'));
            case "transpose": return args -> {
                positionalOnly(args, "transpose", -1);
                if (args.size() == 0) {
                    return Axes.transpose(a, null);
                }
                Object first = args.get(0);
                long[] axes = args.size() == 1 && (first instanceof PyTuple || first instanceof PyList || first instanceof PyNone)
                        ? NumpyArgs.axes(first) : NumpyArgs.shapeFromArgs(args.positional());
                return Axes.transpose(a, axes);
            };
            case "swapaxes": return args -> {
                positionalOnly(args, "swapaxes", 2);
                Object[] v = args.bindRequired(2, "axis1", "axis2");
                return Axes.swapaxes(a, NumpyArgs.integer(v[0]), NumpyArgs.integer(v[1]));
            };
            case "squeeze": return args -> Axes.squeeze(a, NumpyArgs.squeezeAxes(a, args.bind("axis")[0]));
            case "copy": return args -> Copies.copy(a, NumpyArgs.order(args.bind("order")[0], 'C'),
                    ViewOrigin.copy("copy()", "copy() always allocates new memory"));
            case "view": return args -> {
                Object[] v = args.bind("dtype", "type");
                DType t = NumpyArgs.dtype(v[0]);
                return t == null ? Views.view(a) : Views.view(a, t);
            };
            case "astype": return args -> astype(a, args);
            case "fill": return args -> {
                positionalOnly(args, "fill", 1);
                Object v = args.bindRequired(1, "value")[0];
                a.requireWriteable();
                Creation.fill(a, v instanceof dev.ndgrade.ndarray.Scalar s ? s
                        : v instanceof NdArray z && z.ndim() == 0 ? z.item()
                        : ArrayConversion.isSequence(v) ? ArrayConversion.elementFromSequence(v, a.dtype())
                        : ArrayConversion.pythonScalar(v, a.dtype()));
                return PyNone.NONE;
            };
            case "tolist": return args -> {
                if (args.size() != 0) {
                    throw PyException.typeError("function takes exactly 0 arguments (" + args.size() + " given)");
                }
                return ArrayConversion.toList(a);
            };
            case "item": return args -> item(a, args);
            case "setflags": return args -> {
                Object[] v = bindByPyArg(args, "write", "align", "uic");
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
            };
            case "diagonal": return args -> {
                Object[] v = bindByPyArg(args, "offset", "axis1", "axis2");
                return Views.diagonal(a, v[0] == null ? 0 : NumpyArgs.integer(v[0]), v[1] == null ? 0 : NumpyArgs.integer(v[1]),
                        v[2] == null ? 1 : NumpyArgs.integer(v[2]));
            };
            case "take": return args -> {
                Object[] v = args.bindRequired(1, "indices", "axis");
                return NumpyFunctions.take(a, v[0], v[1]);
            };
            case "sum", "min", "max", "mean", "any", "all", "prod": return args -> {
                // these methods hand over to Python functions of numpy._core._methods (_sum, _amin...)
                String helper = "_" + (name.equals("min") || name.equals("max") ? "a" : "") + name + "()";
                Object[] v = new Args(helper, args.positional(), args.keywords(), Args.CallStyle.PYTHON)
                        .bind("axis", "dtype", "out", "keepdims");
                return NumpyOperators.reduce(name, a, v[0], NumpyArgs.dtype(v[1]), NumpyArgs.flag(v[3], false));
            };
            case "nonzero": return args -> NumpyFunctions.nonzero(a);
            case "conj", "conjugate": return args -> a.dtype() instanceof DType.Complex ? NumpyOperators.conjugate(a) : a;
            default: return null;
        }
    }

    /** {@code astype(dtype, order='K', casting='unsafe', subok=True, copy=True)}, with NumPy's casting checks. */
    private static NdArray astype(NdArray a, Args args) {
        Object[] v = args.bindRequired(1, "dtype", "order", "casting", "subok", "copy");
        DType t = v[0] instanceof PyNone ? DType.FLOAT64 : NumpyArgs.dtype(v[0]); // np.dtype(None) is float64
        char order = NumpyArgs.order(v[1], 'K');
        Casting casting = NumpyArgs.casting(v[2], Casting.UNSAFE);
        boolean copy = NumpyArgs.flag(v[4], true);
        if (!TypePromotion.canCast(a.dtype(), t, casting)) {
            throw PyException.typeError("Cannot cast array data from " + DTypePrinter.repr(a.dtype()) + " to "
                    + DTypePrinter.repr(t) + " according to the rule '" + casting.numpyName() + "'");
        }
        if (!copy && t.equals(a.dtype()) && (order == 'K' || order == 'A'
                || (order == 'C' && a.cContiguous()) || (order == 'F' && a.fContiguous()))) {
            return a;
        }
        NdArray cast = Copies.copyAs(a, t, order, ViewOrigin.copy("astype", "astype makes a new array (unless copy=False and nothing changes)"));
        if (casting == Casting.SAME_VALUE) {
            SameValueCast.check(a, cast);
        }
        return cast;
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

    /** ndarray methods still parsed by CPython's PyArg_ParseTupleAndKeywords, and its messages. */
    private static Object[] bindByPyArg(Args args, String... names) {
        for (String k : args.keywords().keySet()) {
            if (!java.util.List.of(names).contains(k)) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for " + args.function());
            }
        }
        return new Args(args.function(), args.positional(), args.keywords(), Args.CallStyle.BUILTIN).bind(names);
    }

    private static Object item(NdArray a, Args args) {
        positionalOnly(args, "item", -1);
        if (args.size() == 0) {
            if (a.size() != 1) {
                throw PyException.valueError("can only convert an array of size 1 to a Python scalar");
            }
            return ArrayConversion.toPython(a.item());
        }
        if (args.size() == 1 && !(args.get(0) instanceof PyTuple)) {
            long i = NumpyArgs.integer(args.get(0));
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
            long k = NumpyArgs.integer(parts.get(i));
            if (k < -a.dim(i) || k >= a.dim(i)) {
                throw PyException.indexError("index " + k + " is out of bounds for axis " + i + " with size " + a.dim(i));
            }
            idx[i] = k < 0 ? k + a.dim(i) : k;
        }
        return ArrayConversion.toPython(a.get(idx));
    }

    static void set(NdArray a, String name, Object value) {
        switch (name) {
            case "shape":
                Reshaping.setShape(a, NumpyArgs.dimensions(value));
                return;
            case "flags", "base", "ndim", "size", "itemsize", "nbytes", "T":
                throw new PyException("AttributeError", "attribute '" + name + "' of 'numpy.ndarray' objects is not writable");
            default:
                if (method(a, name) != null) {
                    throw new PyException("AttributeError", "'numpy.ndarray' object attribute '" + name + "' is read-only");
                }
                throw new UnsupportedFeature("setting ndarray." + name);
        }
    }

}
