package dev.ndgrade.python.syntax;

import java.util.List;
import java.util.Map;

/**
 * One scope of a unit as CPython's symbol table leaves it: the module, a class body, a function, a lambda or a
 * comprehension (its own function in 3.11).
 *
 * @param qualname the {@code __qualname__} CPython's compiler gives it ({@code outer.<locals>.inner})
 * @param names    how the scope reaches each name it uses or binds, including free names only passing through
 * @param generator whether it contains {@code yield} (a generator function or expression)
 */
public record Scope(Kind kind, String name, String qualname, Map<String, NameScope> names, boolean generator) {

    /** The kinds of block CPython's symbol table distinguishes. */
    public enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    public Scope {
        names = Map.copyOf(names);
    }

    /** How this scope reaches {@code name}; names it never mentions are looked up like globals. */
    public NameScope of(String name) {
        NameScope s = names.get(name);
        if (s != null) {
            return s;
        }
        return kind == Kind.MODULE || kind == Kind.CLASS ? NameScope.NAMESPACE : NameScope.GLOBAL_IMPLICIT;
    }

    /** The names a closure made here must capture from the defining scope. */
    public List<String> freeNames() {
        return names.entrySet().stream().filter(e -> e.getValue() == NameScope.FREE).map(Map.Entry::getKey).sorted().toList();
    }

    /** The locals this scope keeps in cells because nested scopes read them. */
    public List<String> cellNames() {
        return names.entrySet().stream().filter(e -> e.getValue() == NameScope.CELL).map(Map.Entry::getKey).sorted().toList();
    }
}
