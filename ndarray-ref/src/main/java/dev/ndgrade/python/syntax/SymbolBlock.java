package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scope while the symbol table is being built (CPython's {@code PySTEntryObject}): the flags of every name the
 * scope mentions, where each global/nonlocal directive was, and its nested scopes in source order.
 */
final class SymbolBlock {
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_ANNOT = 32;
    static final int DEF_IMPORT = 64;
    static final int DEF_COMP_ITER = 128;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    final Scope.Kind kind;
    final String name;
    /** The AST node that opens the scope (a def, lambda, comprehension or class), null for the module. */
    final Object node;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    /** The first global/nonlocal statement naming each name: errors about the name point there. */
    final Map<String, Pos> directives = new HashMap<>();
    final List<SymbolBlock> children = new ArrayList<>();
    boolean generator;
    /** True while a comprehension's loop target is visited (its names become iteration variables). */
    boolean inIterationTarget;
    /** Depth of comprehension iterables being visited in this block, where a walrus is an error. */
    int inIterable;

    SymbolBlock(Scope.Kind kind, String name, Object node) {
        this.kind = kind;
        this.name = name;
        this.node = node;
    }

    int flagsOf(String id) {
        return flags.getOrDefault(id, 0);
    }

    boolean isFunctionLike() {
        return kind == Scope.Kind.FUNCTION || kind == Scope.Kind.LAMBDA || kind == Scope.Kind.COMPREHENSION;
    }
}
