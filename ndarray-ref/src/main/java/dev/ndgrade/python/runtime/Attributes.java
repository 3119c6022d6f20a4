package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.DummyArray;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;
import java.util.List;

/** {@code obj.name} and {@code obj.name = value} for every kind of value. */
public final class Attributes {
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
        } else if (obj instanceof DummyArray d && name.equals("base")) {
            return d.base();
        } else if (obj instanceof PyList l) {
            return PyListMethods.get(l, name);
        } else if (obj instanceof String s) {
            return stringMethod(s, name);
        } else if (obj instanceof PyDict d) {
            return dictMethod(d, name);
        } else if (obj instanceof PyComplex c) {
            switch (name) {
                case "real": return c.re();
                case "imag": return c.im();
                default: break;
            }
        } else if (obj instanceof Double d) {
            switch (name) {
                case "real": return d;
                case "imag": return 0.0;
                case "is_integer": return method(obj, name, args -> d == Math.rint(d) && !d.isInfinite());
                default: break;
            }
        } else if (obj instanceof BigInteger || obj instanceof Boolean) {
            switch (name) {
                case "real": return PyNumbers.toInt(obj);
                case "imag": return Ints.of(0);
                case "bit_length": return method(obj, name, args -> Ints.of(PyNumbers.toInt(obj).abs().bitLength()));
                default: break;
            }
        } else if (obj instanceof PyTuple t) {
            switch (name) {
                case "count": return method(obj, name, args -> Ints.of(t.items().stream().filter(x -> Operators.richEqual(x, args.get(0))).count()));
                case "index": return method(obj, name, args -> {
                    for (int i = 0; i < t.items().size(); i++) {
                        if (Operators.richEqual(t.items().get(i), args.get(0))) {
                            return Ints.of(i);
                        }
                    }
                    throw PyException.valueError("tuple.index(x): x not in tuple");
                });
                default: break;
            }
        } else if (obj instanceof PyUfunc u) {
            return u.attribute(name);
        } else if (obj instanceof PyType t) {
            return typeAttribute(t, name);
        } else if (obj instanceof UserFunction f) {
            return f.attribute(name);
        }
        throw Inventory.missingAttribute(inventoryOwner(obj), Types.shortName(obj), name);
    }

    /** An attribute of a type object ({@code np.ndarray.sort}): the names of the type's instances. */
    private static Object typeAttribute(PyType t, String name) {
        if (name.equals("__name__")) {
            return t.name();
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

    private static Object stringMethod(String s, String name) {
        switch (name) {
            case "upper": return method(s, name, args -> s.toUpperCase(java.util.Locale.ROOT));
            case "lower": return method(s, name, args -> s.toLowerCase(java.util.Locale.ROOT));
            case "strip": return method(s, name, args -> s.strip());
            case "join": return method(s, name, args -> {
                StringBuilder sb = new StringBuilder();
                List<Object> items = Iteration.iterate(args.get(0));
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof String part)) {
                        throw PyException.typeError("sequence item " + i + ": expected str instance, " + Types.shortName(items.get(i)) + " found");
                    }
                    if (i > 0) {
                        sb.append(s);
                    }
                    sb.append(part);
                }
                return sb.toString();
            });
            case "format": return method(s, name, args -> StringFormat.format(s, args));
            case "replace": return method(s, name, args -> s.replace((String) args.get(0), (String) args.get(1)));
            case "startswith": return method(s, name, args -> s.startsWith((String) args.get(0)));
            case "endswith": return method(s, name, args -> s.endsWith((String) args.get(0)));
            case "split": return method(s, name, args -> {
                java.util.List<Object> parts = new java.util.ArrayList<>();
                if (args.size() == 0) {
                    for (String p : s.strip().split("\\s+")) {
                        if (!p.isEmpty()) {
                            parts.add(p);
                        }
                    }
                } else {
                    parts.addAll(java.util.Arrays.asList((Object[]) s.split(java.util.regex.Pattern.quote((String) args.get(0)), -1)));
                }
                return new PyList(parts);
            });
            default: throw Inventory.missingAttribute("str", "str", name);
        }
    }

    private static Object dictMethod(PyDict d, String name) {
        switch (name) {
            case "keys": return method(d, name, args -> new PyList(Iteration.iterate(d)));
            case "values": return method(d, name, args -> {
                java.util.List<Object> out = new java.util.ArrayList<>();
                d.pairs().forEach(kv -> out.add(kv[1]));
                return new PyList(out);
            });
            case "items": return method(d, name, args -> {
                java.util.List<Object> out = new java.util.ArrayList<>();
                d.pairs().forEach(kv -> out.add(PyTuple.of(kv[0], kv[1])));
                return new PyList(out);
            });
            case "get": return method(d, name, args -> d.contains(args.get(0)) ? d.get(args.get(0))
                    : (args.size() > 1 ? args.get(1) : PyNone.NONE));
            default: throw Inventory.missingAttribute("dict", "dict", name);
        }
    }
}
