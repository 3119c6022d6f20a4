package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a class statement: evaluates the bases, runs the body in a namespace of its own, makes the class. */
final class ClassDefinition {
    /** The special methods a snippet's class may define; any other would change behaviour ndgrade does not model. */
    static final Set<String> SPECIAL_METHODS = Set.of("__init__", "__repr__", "__str__", "__eq__", "__len__", "__getitem__");
    private static final Set<String> SPECIAL_NAMES = Set.of("__module__", "__qualname__", "__doc__");

    private ClassDefinition() {
    }

    static PyType define(Stmt.ClassDef s, Interpreter in) {
        if (!s.decorators().isEmpty()) {
            throw new UnsupportedFeature("class decorators");
        }
        if (!s.keywords().isEmpty()) {
            throw new UnsupportedFeature("class keywords (metaclasses)");
        }
        if (!in.frame().isModule()) {
            throw new UnsupportedFeature("classes defined inside functions or classes");
        }
        List<PyType> bases = bases(s.bases(), in);
        Map<String, Object> namespace = in.runClassBody(s);
        namespace.putIfAbsent("__module__", "__main__");
        namespace.putIfAbsent("__qualname__", s.name());
        namespace.putIfAbsent("__doc__", docstring(s.body()));
        for (String name : namespace.keySet()) {
            if (name.startsWith("__") && name.endsWith("__") && !SPECIAL_METHODS.contains(name) && !SPECIAL_NAMES.contains(name)) {
                throw new UnsupportedFeature("the special method " + name);
            }
        }
        PyType type = new PyType("__main__", s.name(),
                new ClassBody(s.name(), bases, namespace, ClassBody.Origin.SNIPPET, false, Set.of()));
        for (Object v : namespace.values()) {
            if (v instanceof UserFunction f && s.body().stream().anyMatch(st -> st == f.code().node())) {
                in.defineMethod(f, type); // the function's __class__ cell, which super() reads
            }
        }
        return type;
    }

    private static List<PyType> bases(List<Expr> expressions, Interpreter in) {
        List<PyType> bases = new ArrayList<>();
        for (Expr e : expressions) {
            if (e instanceof Expr.Starred) {
                throw new UnsupportedFeature("starred base classes");
            }
            Object b = in.evaluator().eval(e);
            if (!(b instanceof PyType t) || !t.isClass()) {
                throw new UnsupportedFeature("subclassing " + (b instanceof PyType t ? t.qualifiedName() : Types.shortName(b)));
            }
            bases.add(t);
        }
        if (bases.size() > 1) {
            throw new UnsupportedFeature("multiple inheritance");
        }
        return bases.isEmpty() ? List.of(BuiltinClasses.OBJECT) : bases;
    }

    private static Object docstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StringLiteral lit
                ? lit.value() : PyNone.NONE;
    }
}
