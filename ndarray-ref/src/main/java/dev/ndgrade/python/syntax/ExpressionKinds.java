package dev.ndgrade.python.syntax;

/**
 * How CPython's error messages name an expression ({@code _PyPegen_get_expr_name}) and which part of a would-be
 * assignment or del target is not a valid target ({@code _PyPegen_get_invalid_target}).
 */
final class ExpressionKinds {

    /** Which statement the target belongs to: the rules differ for starred and for {@code in} comparisons. */
    enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    private ExpressionKinds() {
    }

    /** "function call", "literal", "tuple", ... as in "cannot assign to function call". */
    static String describe(Expr e) {
        return e.accept(new Expr.Visitor<>() {
            public String visit(Expr.Name x) { return "name"; }
            public String visit(Expr.NoneLiteral x) { return "None"; }
            public String visit(Expr.BoolLiteral x) { return x.value() ? "True" : "False"; }
            public String visit(Expr.IntLiteral x) { return "literal"; }
            public String visit(Expr.FloatLiteral x) { return "literal"; }
            public String visit(Expr.ImaginaryLiteral x) { return "literal"; }
            public String visit(Expr.StringLiteral x) { return "literal"; }
            public String visit(Expr.BytesLiteral x) { return "literal"; }
            public String visit(Expr.EllipsisLiteral x) { return "ellipsis"; }
            public String visit(Expr.FString x) { return "f-string expression"; }
            public String visit(Expr.TupleLiteral x) { return "tuple"; }
            public String visit(Expr.ListLiteral x) { return "list"; }
            public String visit(Expr.SetLiteral x) { return "set display"; }
            public String visit(Expr.DictLiteral x) { return "dict literal"; }
            public String visit(Expr.ListComp x) { return "list comprehension"; }
            public String visit(Expr.SetComp x) { return "set comprehension"; }
            public String visit(Expr.DictComp x) { return "dict comprehension"; }
            public String visit(Expr.GeneratorExp x) { return "generator expression"; }
            public String visit(Expr.Attribute x) { return "attribute"; }
            public String visit(Expr.Subscript x) { return "subscript"; }
            public String visit(Expr.Slice x) { return "slice"; }
            public String visit(Expr.Call x) { return "function call"; }
            public String visit(Expr.Starred x) { return "starred"; }
            public String visit(Expr.UnaryOp x) { return "expression"; }
            public String visit(Expr.BinOp x) { return "expression"; }
            public String visit(Expr.BoolOp x) { return "expression"; }
            public String visit(Expr.Compare x) { return "comparison"; }
            public String visit(Expr.IfExp x) { return "conditional expression"; }
            public String visit(Expr.Lambda x) { return "lambda"; }
            public String visit(Expr.NamedExpr x) { return "named expression"; }
            public String visit(Expr.Yield x) { return "yield expression"; }
            public String visit(Expr.YieldFrom x) { return "yield expression"; }
        });
    }

    /** The first sub-expression that cannot be a target of this kind, or null if all of {@code e} is valid. */
    static Expr invalidTarget(Expr e, TargetsType type) {
        if (e instanceof Expr.ListLiteral list) {
            return firstInvalid(list.elements(), type);
        }
        if (e instanceof Expr.TupleLiteral tuple) {
            return firstInvalid(tuple.elements(), type);
        }
        if (e instanceof Expr.Starred starred) {
            return type == TargetsType.DEL_TARGETS ? e : invalidTarget(starred.value(), type);
        }
        if (e instanceof Expr.Compare compare) {
            // `for a in b` is first parsed as the comparison `a in b`: only its left side is the target.
            if (type == TargetsType.FOR_TARGETS) {
                return compare.ops().get(0) == CompareOperator.IN ? invalidTarget(compare.left(), type) : null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(java.util.List<Expr> elements, TargetsType type) {
        for (Expr element : elements) {
            Expr invalid = invalidTarget(element, type);
            if (invalid != null) {
                return invalid;
            }
        }
        return null;
    }
}
