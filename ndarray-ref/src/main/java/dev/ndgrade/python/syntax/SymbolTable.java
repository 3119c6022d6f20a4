package dev.ndgrade.python.syntax;

import static dev.ndgrade.python.syntax.SymbolBlock.DEF_BOUND;
import static dev.ndgrade.python.syntax.SymbolBlock.DEF_GLOBAL;
import static dev.ndgrade.python.syntax.SymbolBlock.DEF_NONLOCAL;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * CPython 3.11's symbol table of one compiled unit: the {@link Scope} of every def, lambda, class and comprehension
 * in it, found by the AST node that opens it. Built in CPython's two passes, collection ({@link SymbolCollector})
 * and analysis ({@code analyze_block} in {@code symtable.c}), with the SyntaxErrors both raise.
 */
public final class SymbolTable {
    private final Map<Object, Scope> scopes;

    private SymbolTable(Map<Object, Scope> scopes) {
        this.scopes = Collections.unmodifiableMap(scopes);
    }

    /** The symbol table of a module-level unit; {@code errors} makes the SyntaxError for a message at a position. */
    public static SymbolTable of(List<Stmt> unit, BiFunction<Pos, String, PythonSyntaxError> errors) {
        SymbolBlock module = new SymbolBlock(Scope.Kind.MODULE, "<module>", null);
        new SymbolCollector(module, errors).body(unit);
        return analyzed(module, errors);
    }

    /** The symbol table of one expression evaluated at module level. */
    public static SymbolTable ofExpression(Expr e, BiFunction<Pos, String, PythonSyntaxError> errors) {
        return of(List.of(new Stmt.ExprStmt(e.pos(), e)), errors);
    }

    /** Every scope of the unit (the module's excluded), by the def, lambda, class or comprehension node opening it. */
    public Map<Object, Scope> scopes() {
        return scopes;
    }

    private static SymbolTable analyzed(SymbolBlock module, BiFunction<Pos, String, PythonSyntaxError> errors) {
        Analysis analysis = new Analysis(errors);
        analysis.block(module, null, new HashSet<>(), new HashSet<>());
        Map<Object, Scope> scopes = new IdentityHashMap<>();
        for (SymbolBlock child : module.children) {
            analysis.collect(child, module, "", scopes);
        }
        return new SymbolTable(scopes);
    }

    /** {@code analyze_block} and friends: resolves every name to a {@link NameScope}, innermost scopes last. */
    private static final class Analysis {
        private final BiFunction<Pos, String, PythonSyntaxError> errors;
        private final Map<SymbolBlock, Map<String, NameScope>> results = new IdentityHashMap<>();

        Analysis(BiFunction<Pos, String, PythonSyntaxError> errors) {
            this.errors = errors;
        }

        /**
         * @param bound  names bound in enclosing functions (null at module level)
         * @param free   collects the names this block and its children need from enclosing scopes
         * @param global names known to be global in enclosing scopes
         */
        void block(SymbolBlock b, Set<String> bound, Set<String> free, Set<String> global) {
            Set<String> local = new HashSet<>();
            Map<String, NameScope> scopes = new LinkedHashMap<>();
            Set<String> newBound = new HashSet<>();
            Set<String> newGlobal = new HashSet<>();
            boolean isClass = b.kind == Scope.Kind.CLASS;
            if (isClass) {
                // a class body's names are invisible to the functions nested in it
                newGlobal.addAll(global);
                if (bound != null) {
                    newBound.addAll(bound);
                }
            }
            b.flags.forEach((name, flags) -> name(b, scopes, name, flags, bound, local, free, global));
            if (isClass) {
                newBound.add("__class__");
            } else {
                if (b.isFunctionLike()) {
                    newBound.addAll(local);
                }
                if (bound != null) {
                    newBound.addAll(bound);
                }
                newGlobal.addAll(global);
            }
            Set<String> newFree = new HashSet<>();
            for (SymbolBlock child : b.children) {
                Set<String> childFree = new HashSet<>();
                block(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
                newFree.addAll(childFree);
            }
            if (b.isFunctionLike()) {
                cells(scopes, newFree);
            } else if (isClass) {
                newFree.remove("__class__");
            }
            passThrough(b, scopes, bound, newFree);
            results.put(b, scopes);
            free.addAll(newFree);
        }

        /** {@code analyze_name}. */
        private void name(SymbolBlock b, Map<String, NameScope> scopes, String name, int flags, Set<String> bound,
                          Set<String> local, Set<String> free, Set<String> global) {
            if ((flags & DEF_GLOBAL) != 0) {
                if ((flags & DEF_NONLOCAL) != 0) {
                    throw errors.apply(b.directives.get(name), "name '" + name + "' is nonlocal and global");
                }
                scopes.put(name, NameScope.GLOBAL_EXPLICIT);
                global.add(name);
                if (bound != null) {
                    bound.remove(name);
                }
            } else if ((flags & DEF_NONLOCAL) != 0) {
                if (bound == null) {
                    throw errors.apply(b.directives.get(name), "nonlocal declaration not allowed at module level");
                }
                if (!bound.contains(name)) {
                    throw errors.apply(b.directives.get(name), "no binding for nonlocal '" + name + "' found");
                }
                scopes.put(name, NameScope.FREE);
                free.add(name);
            } else if ((flags & DEF_BOUND) != 0) {
                scopes.put(name, NameScope.LOCAL);
                local.add(name);
                global.remove(name);
            } else if (bound != null && bound.contains(name)) {
                scopes.put(name, NameScope.FREE);
                free.add(name);
            } else {
                scopes.put(name, NameScope.GLOBAL_IMPLICIT);
            }
        }

        /** {@code analyze_cells}: locals that nested scopes read become cells, and stop being free above. */
        private static void cells(Map<String, NameScope> scopes, Set<String> free) {
            scopes.replaceAll((name, scope) -> scope == NameScope.LOCAL && free.remove(name) ? NameScope.CELL : scope);
        }

        /** {@code update_symbols}: a free name of a child that this block does not bind passes through it. */
        private static void passThrough(SymbolBlock b, Map<String, NameScope> scopes, Set<String> bound, Set<String> free) {
            for (String name : free) {
                if (!b.flags.containsKey(name) && (bound == null || bound.contains(name))) {
                    scopes.put(name, NameScope.FREE);
                }
            }
        }

        /** Turns analysed blocks into {@link Scope}s, computing each {@code __qualname__} as CPython's compiler does. */
        void collect(SymbolBlock b, SymbolBlock parent, String parentQualname, Map<Object, Scope> into) {
            String qualname = qualname(b, parent, parentQualname);
            Map<String, NameScope> names = new LinkedHashMap<>(results.get(b));
            if (b.kind == Scope.Kind.CLASS) {
                names.replaceAll((n, s) -> s == NameScope.LOCAL || s == NameScope.GLOBAL_IMPLICIT ? NameScope.NAMESPACE : s);
            }
            into.put(b.node, new Scope(b.kind, b.name, qualname, names, b.generator));
            for (SymbolBlock child : b.children) {
                collect(child, b, qualname, into);
            }
        }

        private String qualname(SymbolBlock b, SymbolBlock parent, String parentQualname) {
            if (parent.kind == Scope.Kind.MODULE) {
                return b.name;
            }
            boolean named = b.kind == Scope.Kind.FUNCTION || b.kind == Scope.Kind.CLASS;
            if (named && results.get(parent).get(b.name) == NameScope.GLOBAL_EXPLICIT) {
                return b.name;
            }
            boolean function = parent.kind == Scope.Kind.FUNCTION || parent.kind == Scope.Kind.LAMBDA;
            return parentQualname + (function ? ".<locals>." : ".") + b.name;
        }
    }
}
