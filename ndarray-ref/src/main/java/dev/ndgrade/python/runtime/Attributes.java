package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.DummyArray;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** {@code obj.name} and {@code obj.name = value} for every kind of value. */
public final class Attributes {
    /** A value of each builtin type whose methods can be looked up on the type ({@code str.lower}). */
    private static final Map<PyType, Object> METHOD_SAMPLES = Map.of(Types.STR, "",
            Types.LIST, new PyList(List.of()), Types.DICT, new PyDict(), Types.TUPLE, PyTuple.EMPTY,
            Types.INT, Ints.of(0), Types.FLOAT, 0.0);

    private Attributes() {
    }

    public static Object get(Object obj, String name) {
        if (obj instanceof PyInstance i) {
            return Classes.get(i, name);
        } else if (obj instanceof PyType t && t.isClass()) {
            return Classes.classAttribute(t, name);
        } else if (obj instanceof PySuper s) {
            return s.get(name);
        } else if (obj instanceof NdArray a) {
            return ArrayAttributes.get(a, name);
        } else if (obj instanceof PyModule m) {
            return m.get(name);
        } else if (obj instanceof Scalar s) {
            return ScalarAttributes.get(s, name);
        } else if (obj instanceof DType t) {
            return dtypeAttribute(t, name);
        } else if (obj instanceof FlagsObject f) {
            return f.get(name, false);
        } else if (obj instanceof GeneratorObject g) {
            return g.attribute(name);
        } else if (obj instanceof DummyArray d && name.equals("base")) {
            return d.base();
        } else if (obj instanceof PyList l) {
            return PyListMethods.get(l, name);
        } else if (obj instanceof String s) {
            return PyStrMethods.get(s, name);
        } else if (obj instanceof PyDict d) {
            return PyDictMethods.get(d, name);
        } else if (Operators.isPythonNumber(obj)) {
            Object attribute = NumberMethods.get(obj, name);
            if (attribute != null) {
                return attribute;
            }
        } else if (obj instanceof PyTuple t) {
            return PyListMethods.tupleMethod(t, name);
        } else if (obj instanceof PyUfunc u) {
            return u.attribute(name);
        } else if (obj instanceof PySet s) {
            return PySetMethods.get(s, name);
        } else if (obj instanceof UserFunction f) {
            return f.attribute(name);
        } else if (obj == Types.DICT && name.equals("fromkeys")) {
            return method(obj, name, PyDictMethods::fromkeys);
        } else if (obj instanceof PyType t) {
            return typeAttribute(t, name);
        }
        throw Inventory.missingAttribute(inventoryOwner(obj), Types.shortName(obj), name);
    }

    /** An attribute of a type object ({@code np.ndarray.sort}): the names of the type's instances. */
    private static Object typeAttribute(PyType t, String name) {
        if (name.equals("__name__")) {
            return t.name();
        }
        if (METHOD_SAMPLES.containsKey(t)) {
            return UnboundMethod.of(t, METHOD_SAMPLES.get(t), name);
        }
        throw Inventory.missing(t.qualifiedName(), name, () -> new PyException("AttributeError",
                "type object '" + t.qualifiedName() + "' has no attribute '" + name + "'"));
    }

    static BoundMethod method(Object self, String name, PyCallable body) {
        return new BoundMethod(self, name, body);
    }

    public static void set(Object obj, String name, Object value) {
        if (obj instanceof PyInstance i) {
            Classes.set(i, name, value);
            return;
        }
        if (obj instanceof PyType t && t.isClass()) {
            Classes.setClassAttribute(t, name, value);
            return;
        }
        if (obj instanceof NdArray a) {
            ArrayAttributes.set(a, name, value);
            return;
        }
        if (obj instanceof FlagsObject f) {
            f.set(name, Truth.isTrue(value), false);
            return;
        }
        if (obj instanceof PyModule) {
            throw new UnsupportedFeature("assigning module attributes");
        }
        if (obj instanceof UserFunction) {
            throw new UnsupportedFeature("assigning function attributes");
        }
        throw Inventory.cannotSet(inventoryOwner(obj), Types.shortName(obj), name);
    }

    /** The owner the inventory files obj's attributes under: its type's name, {@code numpy.dtype} for every dtype. */
    private static String inventoryOwner(Object obj) {
        return obj instanceof DType ? "numpy.dtype" : Types.shortName(obj);
    }

    private static Object dtypeAttribute(DType t, String name) {
        switch (name) {
            case "name": return t.name();
            case "itemsize": return Ints.of(t.itemsize());
            case "kind": return String.valueOf(t.kind());
            case "char": return String.valueOf(t.typeChar());
            case "str": return t.typeString();
            case "type": return Types.scalarType(t);
            case "alignment": return Ints.of(t.alignment());
            case "byteorder": return t.itemsize() == 1 ? "|" : "=";
            case "ndim": return Ints.of(0);
            case "shape": return PyTuple.EMPTY;
            default: throw Inventory.missingAttribute(inventoryOwner(t), Types.shortName(t), name);
        }
    }
}
