package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class part of a {@link PyType}: qualified name, bases, the rest of the MRO (C3, as CPython computes it) and the
 * namespace holding class attributes and methods.
 */
public final class ClassBody {

    /** Who made the class, which decides whether a snippet may change its namespace. */
    public enum Origin {
        /** A snippet's class statement: its attributes can be set. */
        SNIPPET,
        /** A class built into CPython: immutable ({@code cannot set 'x' attribute of immutable type 'ValueError'}). */
        BUILTIN,
        /** A class of NumPy, shared by every session here: changing it is not supported. */
        LIBRARY
    }

    private final String qualname;
    private final List<PyType> bases;
    private final List<PyType> ancestors;
    private final Map<String, Object> namespace;
    private final Origin origin;
    private final boolean custom;
    private final Set<String> attributeNames;

    /**
     * @param custom         the class constructs or prints itself otherwise than BaseException does (OSError's errno
     *                       formatting, AxisError's message), which ndgrade does not model
     * @param attributeNames every attribute CPython's {@code dir()} lists beyond {@code object}'s, for telling a name
     *                       the class really has (unsupported) from one it lacks (AttributeError)
     */
    ClassBody(String qualname, List<PyType> bases, Map<String, Object> namespace, Origin origin, boolean custom,
            Set<String> attributeNames) {
        this.qualname = qualname;
        this.bases = List.copyOf(bases);
        this.ancestors = linearize(bases, qualname);
        this.namespace = new LinkedHashMap<>(namespace);
        this.origin = origin;
        this.custom = custom;
        this.attributeNames = Set.copyOf(attributeNames);
    }

    public String qualname() {
        return qualname;
    }

    public List<PyType> bases() {
        return bases;
    }

    /** The MRO after the class itself. */
    public List<PyType> ancestors() {
        return ancestors;
    }

    /** The class's own attribute {@code name}, or null. */
    Object own(String name) {
        return namespace.get(name);
    }

    Map<String, Object> namespace() {
        return namespace;
    }

    Origin origin() {
        return origin;
    }

    boolean custom() {
        return custom;
    }

    /** Whether CPython's class (or its nearest builtin ancestor) has an attribute of this name. */
    boolean knowsAttribute(String name) {
        return attributeNames.contains(name);
    }

    /** C3 linearization of the bases' MROs, as CPython's {@code mro_implementation}. */
    private static List<PyType> linearize(List<PyType> bases, String qualname) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) {
            sequences.add(new ArrayList<>(b.mro()));
        }
        sequences.add(new ArrayList<>(bases));
        List<PyType> out = new ArrayList<>();
        while (sequences.stream().anyMatch(s -> !s.isEmpty())) {
            PyType head = null;
            for (List<PyType> s : sequences) {
                if (!s.isEmpty() && sequences.stream().noneMatch(o -> o.indexOf(s.get(0)) > 0)) {
                    head = s.get(0);
                    break;
                }
            }
            if (head == null) {
                throw PyException.typeError("Cannot create a consistent method resolution order (MRO) for " + qualname);
            }
            out.add(head);
            for (List<PyType> s : sequences) {
                s.remove(head);
            }
        }
        return out;
    }
}
