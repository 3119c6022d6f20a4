package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The type of every value a snippet can hold, as {@code type(x)} reports it. */
public final class Types {
    public static final PyType INT = builtin("int");
    public static final PyType FLOAT = builtin("float");
    public static final PyType BOOL = builtin("bool");
    public static final PyType STR = builtin("str");
    public static final PyType LIST = builtin("list");
    public static final PyType TUPLE = builtin("tuple");
    public static final PyType DICT = builtin("dict");
    public static final PyType COMPLEX = builtin("complex");
    public static final PyType SET = builtin("set");
    public static final PyType FROZENSET = builtin("frozenset");
    public static final PyType NONE = builtin("NoneType");
    public static final PyType SLICE = builtin("slice");
    public static final PyType RANGE = builtin("range");
    public static final PyType ELLIPSIS = builtin("ellipsis");
    public static final PyType TYPE = builtin("type");
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method");
    public static final PyType FUNCTION = builtin("function");
    public static final PyType MODULE = builtin("module");
    public static final PyType SUPER = builtin("super");
    public static final PyType METHOD = builtin("method");
    public static final PyType OBJECT = BuiltinClasses.OBJECT;
    public static final PyType NDARRAY = new PyType("numpy", "ndarray");
    /** {@code np.dtype}: the class every dtype's own class ({@code numpy.dtypes.Int64DType}...) derives from. */
    public static final PyType DTYPE = new PyType("numpy", "dtype");
    public static final PyType UFUNC = new PyType("numpy", "ufunc");
    /** The metaclass of {@code np.dtype} and of every dtype class. */
    public static final PyType DTYPE_META = new PyType("numpy", "_DTypeMeta");
    public static final PyType FLAGS = new PyType("numpy._core.multiarray", "flagsobj");
    public static final PyType DUMMY_ARRAY = new PyType("numpy.lib._stride_tricks_impl", "DummyArray");
    /** NumPy's abstract scalar classes, for {@code isinstance(x, np.integer)}. */
    public static final PyType GENERIC = new PyType("numpy", "generic");
    public static final PyType NUMBER = new PyType("numpy", "number");
    public static final PyType INTEGER = new PyType("numpy", "integer");
    public static final PyType SIGNED_INTEGER = new PyType("numpy", "signedinteger");
    public static final PyType UNSIGNED_INTEGER = new PyType("numpy", "unsignedinteger");
    public static final PyType FLOATING = new PyType("numpy", "floating");
    public static final PyType COMPLEX_FLOATING = new PyType("numpy", "complexfloating");
    /** Types made on first use, one object per name: dict views and iterators ({@code dict_keys}, {@code zip}). */
    private static final Map<String, PyType> OTHER_BUILTINS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<DType, PyType> SCALAR_TYPES = new LinkedHashMap<>();
    private static final Map<DType, PyType> DTYPE_TYPES = new LinkedHashMap<>();
    private static final Map<PyType, DType> DTYPE_OF_SCALAR_TYPE = new java.util.IdentityHashMap<>();

    static {
        for (DType t : DType.ALL) {
            SCALAR_TYPES.put(t, new PyType("numpy", t.name()));
            DTYPE_OF_SCALAR_TYPE.put(SCALAR_TYPES.get(t), t);
            String cls = t instanceof DType.Bool ? "Bool" : Character.toUpperCase(t.name().charAt(0)) + t.name().substring(1);
            if (t instanceof DType.Int i && !i.signed()) {
                cls = "UInt" + t.name().substring(4);
            }
            DTYPE_TYPES.put(t, new PyType("numpy.dtypes", cls + "DType"));
        }
    }

    private Types() {
    }

    private static PyType builtin(String name) {
        return new PyType("builtins", name);
    }

    /**
     * Python's subclass relation where snippets meet it: bool is an int, np.float64 a float, np.complex128 a
     * complex, and NumPy scalar types sit under np.generic, np.number, np.integer, np.floating...
     */
    public static boolean isSubclass(PyType actual, PyType type) {
        if (actual == type || type == OBJECT) {
            return true;
        }
        if (actual.isClass()) {
            return actual.mro().contains(type);
        }
        if (actual == BOOL) {
            return type == INT;
        }
        if (type == DTYPE) {
            return DTYPE_TYPES.containsValue(actual);
        }
        DType d = dtypeOfScalarType(actual);
        if (d == null) {
            return false;
        }
        if (type == GENERIC) {
            return true;
        }
        if (d instanceof DType.Int i) {
            return type == NUMBER || type == INTEGER || type == (i.signed() ? SIGNED_INTEGER : UNSIGNED_INTEGER);
        }
        if (d instanceof DType.Float) {
            return type == NUMBER || type == FLOATING || (type == FLOAT && d.equals(DType.FLOAT64));
        }
        if (d instanceof DType.Complex) {
            return type == NUMBER || type == COMPLEX_FLOATING || (type == COMPLEX && d.equals(DType.COMPLEX128));
        }
        return false;
    }

    /**
     * Whether {@code t[...]} makes a generic alias in Python 3.11 and NumPy 2.4 ({@code list[int]},
     * {@code np.dtype[np.int64]}, {@code np.ndarray[...]}) rather than raising "not subscriptable".
     */
    static boolean isGeneric(PyType t) {
        return t.module().startsWith("numpy") || t == LIST || t == TUPLE || t == DICT || t == TYPE;
    }

    /** {@code np.int64}, {@code np.bool}…: the scalar type of a dtype. */
    public static PyType scalarType(DType t) {
        return SCALAR_TYPES.get(t);
    }

    /** The dtype whose scalar type this is, or null. */
    public static DType dtypeOfScalarType(PyType type) {
        return DTYPE_OF_SCALAR_TYPE.get(type);
    }

    public static PyType of(Object v) {
        if (v instanceof Boolean) {
            return BOOL;
        } else if (v instanceof BigInteger) {
            return INT;
        } else if (v instanceof Double) {
            return FLOAT;
        } else if (v instanceof String) {
            return STR;
        } else if (v instanceof PyList) {
            return LIST;
        } else if (v instanceof PyTuple) {
            return TUPLE;
        } else if (v instanceof PyDict) {
            return DICT;
        } else if (v instanceof PyComplex) {
            return COMPLEX;
        } else if (v instanceof PySet s) {
            return s.frozen() ? FROZENSET : SET;
        } else if (v instanceof PyNone) {
            return NONE;
        } else if (v instanceof PySlice) {
            return SLICE;
        } else if (v instanceof PyRange) {
            return RANGE;
        } else if (v instanceof PyEllipsis) {
            return ELLIPSIS;
        } else if (v instanceof PyType t) {
            return t == DTYPE || DTYPE_TYPES.containsValue(t) ? DTYPE_META : TYPE;
        } else if (v instanceof NdArray) {
            return NDARRAY;
        } else if (v instanceof Scalar s) {
            return scalarType(s.dtype());
        } else if (v instanceof DType t) {
            return DTYPE_TYPES.get(t);
        } else if (v instanceof FlagsObject) {
            return FLAGS;
        } else if (v instanceof dev.ndgrade.ndarray.DummyArray) {
            return DUMMY_ARRAY;
        } else if (v instanceof PyModule) {
            return MODULE;
        } else if (v instanceof PyUfunc) {
            return UFUNC;
        } else if (v instanceof UserFunction) {
            return FUNCTION;
        } else if (v instanceof PyInstance i) {
            return i.type();
        } else if (v instanceof PySuper) {
            return SUPER;
        } else if (v instanceof BoundMethod m && m.self() instanceof PyInstance) {
            return METHOD;
        } else if (v instanceof UnboundMethod) {
            return OTHER_BUILTINS.computeIfAbsent("method_descriptor", Types::builtin);
        } else if (v instanceof DictView view) {
            return OTHER_BUILTINS.computeIfAbsent(view.typeName(), Types::builtin);
        } else if (v instanceof PyIterator it) {
            return OTHER_BUILTINS.computeIfAbsent(it.kind(), Types::builtin);
        } else if (v instanceof GeneratorObject) {
            return GeneratorObject.TYPE;
        } else if (v instanceof LegacyRandomFunction f) {
            // bound methods of the hidden RandomState, or Cython functions (seed): neither modelled
            throw new UnsupportedFeature("the type of np.random." + f.name());
        }
        return BUILTIN_FUNCTION;
    }

    /**
     * The name CPython's messages use (the type's tp_name): {@code list}, {@code numpy.ndarray}; a class written
     * in Python, such as NumPy's {@code DummyArray} or a snippet's class, is named without its module.
     */
    public static String shortName(Object v) {
        PyType t = of(v);
        return t == DUMMY_ARRAY || t.isClass() ? t.name() : t.qualifiedName();
    }
}
