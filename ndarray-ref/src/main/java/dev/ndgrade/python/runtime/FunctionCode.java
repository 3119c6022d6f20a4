package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.Param;
import dev.ndgrade.python.syntax.Parameters;
import dev.ndgrade.python.syntax.Scope;
import dev.ndgrade.python.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * What a def or lambda compiles to (CPython's code object): parameters, body and scope. A lambda's body is one
 * {@code return} of its expression.
 *
 * @param node the def or lambda it was compiled from
 * @param doc the docstring (the body's leading string literal), or None
 */
record FunctionCode(Object node, Parameters params, List<Stmt> body, Scope scope, Object doc) {
    FunctionCode {
        body = List.copyOf(body);
    }

    /** The positional-only then regular parameters: the ones a call's positional arguments fill. */
    List<Param> positionalParameters() {
        List<Param> all = new ArrayList<>(params.positionalOnly());
        all.addAll(params.regular());
        return all;
    }

    String name() {
        return scope.name();
    }

    String qualname() {
        return scope.qualname();
    }

    /** The docstring a def body starts with, or None. */
    static Object docstring(List<Stmt> body) {
        if (body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StringLiteral s) {
            return s.value();
        }
        return PyNone.NONE;
    }
}
