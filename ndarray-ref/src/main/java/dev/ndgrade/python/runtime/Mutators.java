package dev.ndgrade.python.runtime;

import java.util.Set;

/**
 * The builtins, NumPy functions and methods whose call changes state a snippet can see (or, for {@code live_bytes()},
 * reads state that lazy and eager evaluation leave different), by name.
 */
final class Mutators {
    private static final Set<String> METHODS = Set.of("append", "extend", "insert", "pop", "remove", "clear",
            "sort", "reverse", "update", "setdefault", "popitem", "fill", "resize", "put", "itemset", "setflags",
            "partition", "byteswap", "add", "discard", "difference_update", "intersection_update",
            "symmetric_difference_update");
    private static final Set<String> FUNCTIONS = Set.of("copyto", "put", "place", "putmask", "fill_diagonal",
            "put_along_axis", "live_bytes");

    private Mutators() {
    }

    /** Whether calling {@code f} with these keyword names may mutate (an {@code out=} argument always does). */
    static boolean mutates(Object f, Set<String> keywords) {
        if (keywords.contains("out")) {
            return true;
        }
        if (f instanceof LegacyRandomFunction || f instanceof BoundMethod m && m.self() instanceof GeneratorObject) {
            return true; // every draw moves the generator's state
        }
        if (f instanceof BoundMethod m) {
            return METHODS.contains(m.name());
        }
        return f instanceof NamedFunction nf && FUNCTIONS.contains(nf.name());
    }
}
