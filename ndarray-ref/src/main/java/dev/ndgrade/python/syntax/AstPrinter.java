package dev.ndgrade.python.syntax;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Prints an AST as one S-expression per top-level unit, every node tagged with its position:
 * {@code (unit 1-1 (Assign@1:0 [(Name@1:0 x)] (Int@1:4 1)))}. Meant for tests and debugging; the test suite
 * compares it with the same rendering of CPython's own {@code ast} (src/test/python/make_syntax_golden.py).
 * Floats print as their exact decimal value, strings with {@code \}uXXXX escapes outside printable ASCII.
 */
public final class AstPrinter implements Expr.Visitor<String>, Stmt.Visitor<String> {

    private AstPrinter() {
    }

    public static String print(Module module) {
        StringBuilder out = new StringBuilder();
        for (TopLevel unit : module.units()) {
            out.append(print(unit)).append('\n');
        }
        return out.toString();
    }

    public static String print(TopLevel unit) {
        return "(unit " + unit.firstLine() + "-" + unit.lastLine() + " " + new AstPrinter().stmts(unit.statements())
                .replaceAll("^\\[|\\]$", "") + ")";
    }

    public static String print(Expr e) {
        return e.accept(new AstPrinter());
    }

    // ------------------------------------------------------------ helpers

    private static String at(String name, Pos pos) {
        return name + "@" + pos.line() + ":" + pos.column();
    }

    private String node(String name, Pos pos, String... fields) {
        StringBuilder b = new StringBuilder("(").append(at(name, pos));
        for (String f : fields) {
            b.append(' ').append(f);
        }
        return b.append(')').toString();
    }

    private String exprs(List<Expr> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            b.append(i == 0 ? "" : " ").append(list.get(i).accept(this));
        }
        return b.append(']').toString();
    }

    private String stmts(List<Stmt> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            b.append(i == 0 ? "" : " ").append(list.get(i).accept(this));
        }
        return b.append(']').toString();
    }

    private String opt(Optional<Expr> e) {
        return e.map(x -> x.accept(this)).orElse("-");
    }

    private static String optName(Optional<String> s) {
        return s.orElse("-");
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '"') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String exactDecimal(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (Double.isNaN(d)) {
            return "nan";
        }
        return new BigDecimal(d).toPlainString();
    }

    private String params(Parameters p) {
        return "(params " + paramList(p.positionalOnly()) + " " + paramList(p.regular()) + " "
                + p.varArgs().map(this::param).orElse("-") + " " + paramList(p.keywordOnly()) + " "
                + p.varKeywords().map(this::param).orElse("-") + ")";
    }

    private String paramList(List<Param> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            b.append(i == 0 ? "" : " ").append(param(list.get(i)));
        }
        return b.append(']').toString();
    }

    private String param(Param p) {
        return node("p", p.pos(), p.name(), opt(p.annotation()), opt(p.defaultValue()));
    }

    private String keywords(List<Keyword> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            Keyword k = list.get(i);
            b.append(i == 0 ? "" : " ").append(node("kw", k.pos(), k.name().orElse("**"), k.value().accept(this)));
        }
        return b.append(']').toString();
    }

    private String generators(List<Comprehension> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            Comprehension c = list.get(i);
            b.append(i == 0 ? "" : " ").append("(for ").append(c.target().accept(this)).append(' ')
                    .append(c.iter().accept(this)).append(' ').append(exprs(c.conditions())).append(')');
        }
        return b.append(']').toString();
    }

    private String parts(List<FStringPart> parts) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < parts.size(); i++) {
            b.append(i == 0 ? "" : " ");
            FStringPart part = parts.get(i);
            if (part instanceof FStringPart.Text t) {
                b.append("(text ").append(quote(t.value())).append(')');
            } else if (part instanceof FStringPart.Field f) {
                b.append("(field ").append(f.value().accept(this)).append(' ')
                        .append(f.conversion().name().toLowerCase()).append(' ').append(parts(f.formatSpec()))
                        .append(')');
            }
        }
        return b.append(']').toString();
    }

    private static String aliases(List<ImportAlias> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            ImportAlias a = list.get(i);
            b.append(i == 0 ? "" : " ").append("(alias@").append(a.pos().line()).append(':')
                    .append(a.pos().column()).append(' ').append(a.name()).append(' ')
                    .append(optName(a.asName())).append(')');
        }
        return b.append(']').toString();
    }

    // ------------------------------------------------------------ expressions

    public String visit(Expr.Name e) { return node("Name", e.pos(), e.id()); }
    public String visit(Expr.NoneLiteral e) { return node("None", e.pos()); }
    public String visit(Expr.BoolLiteral e) { return node("Bool", e.pos(), e.value() ? "True" : "False"); }
    public String visit(Expr.IntLiteral e) { return node("Int", e.pos(), e.value().toString()); }
    public String visit(Expr.FloatLiteral e) { return node("Float", e.pos(), exactDecimal(e.value())); }
    public String visit(Expr.ImaginaryLiteral e) { return node("Imag", e.pos(), exactDecimal(e.imag())); }
    public String visit(Expr.StringLiteral e) { return node("Str", e.pos(), quote(e.value())); }
    public String visit(Expr.BytesLiteral e) { return node("Bytes", e.pos(), quote(e.value())); }
    public String visit(Expr.EllipsisLiteral e) { return node("Ellipsis", e.pos()); }
    public String visit(Expr.FString e) { return node("FString", e.pos(), parts(e.parts())); }
    public String visit(Expr.TupleLiteral e) { return node("Tuple", e.pos(), exprs(e.elements())); }
    public String visit(Expr.ListLiteral e) { return node("List", e.pos(), exprs(e.elements())); }
    public String visit(Expr.SetLiteral e) { return node("Set", e.pos(), exprs(e.elements())); }

    public String visit(Expr.DictLiteral e) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < e.items().size(); i++) {
            DictItem item = e.items().get(i);
            b.append(i == 0 ? "" : " ");
            if (item instanceof DictItem.KeyValue kv) {
                b.append("(kv ").append(kv.key().accept(this)).append(' ').append(kv.value().accept(this)).append(')');
            } else if (item instanceof DictItem.Unpack u) {
                b.append("(** ").append(u.mapping().accept(this)).append(')');
            }
        }
        return node("Dict", e.pos(), b.append(']').toString());
    }

    public String visit(Expr.ListComp e) {
        return node("ListComp", e.pos(), e.element().accept(this), generators(e.generators()));
    }

    public String visit(Expr.SetComp e) {
        return node("SetComp", e.pos(), e.element().accept(this), generators(e.generators()));
    }

    public String visit(Expr.DictComp e) {
        return node("DictComp", e.pos(), e.key().accept(this), e.value().accept(this), generators(e.generators()));
    }

    public String visit(Expr.GeneratorExp e) {
        return node("GeneratorExp", e.pos(), e.element().accept(this), generators(e.generators()));
    }

    public String visit(Expr.Attribute e) { return node("Attribute", e.pos(), e.value().accept(this), e.name()); }

    public String visit(Expr.Subscript e) {
        return node("Subscript", e.pos(), e.value().accept(this), e.index().accept(this));
    }

    public String visit(Expr.Slice e) { return node("Slice", e.pos(), opt(e.lower()), opt(e.upper()), opt(e.step())); }

    public String visit(Expr.Call e) {
        return node("Call", e.pos(), e.func().accept(this), exprs(e.args()), keywords(e.keywords()));
    }

    public String visit(Expr.Starred e) { return node("Starred", e.pos(), e.value().accept(this)); }
    public String visit(Expr.UnaryOp e) { return node("UnaryOp", e.pos(), e.op().symbol(), e.operand().accept(this)); }

    public String visit(Expr.BinOp e) {
        return node("BinOp", e.pos(), e.left().accept(this), e.op().symbol(), e.right().accept(this));
    }

    public String visit(Expr.BoolOp e) { return node("BoolOp", e.pos(), e.op().symbol(), exprs(e.values())); }

    public String visit(Expr.Compare e) {
        StringBuilder b = new StringBuilder(e.left().accept(this));
        for (int i = 0; i < e.ops().size(); i++) {
            b.append(' ').append(e.ops().get(i).symbol().replace(' ', '_')).append(' ')
                    .append(e.comparators().get(i).accept(this));
        }
        return node("Compare", e.pos(), b.toString());
    }

    public String visit(Expr.IfExp e) {
        return node("IfExp", e.pos(), e.test().accept(this), e.body().accept(this), e.orElse().accept(this));
    }

    public String visit(Expr.Lambda e) { return node("Lambda", e.pos(), params(e.params()), e.body().accept(this)); }

    public String visit(Expr.NamedExpr e) {
        return node("NamedExpr", e.pos(), e.target().accept(this), e.value().accept(this));
    }

    public String visit(Expr.Yield e) { return node("Yield", e.pos(), opt(e.value())); }
    public String visit(Expr.YieldFrom e) { return node("YieldFrom", e.pos(), e.value().accept(this)); }

    // ------------------------------------------------------------ statements

    public String visit(Stmt.ExprStmt s) { return node("Expr", s.pos(), s.value().accept(this)); }
    public String visit(Stmt.Assign s) { return node("Assign", s.pos(), exprs(s.targets()), s.value().accept(this)); }

    public String visit(Stmt.AugAssign s) {
        return node("AugAssign", s.pos(), s.target().accept(this), s.op().symbol() + "=", s.value().accept(this));
    }

    public String visit(Stmt.AnnAssign s) {
        return node("AnnAssign", s.pos(), s.target().accept(this), s.annotation().accept(this), opt(s.value()),
                s.simple() ? "simple" : "complex");
    }

    public String visit(Stmt.Delete s) { return node("Delete", s.pos(), exprs(s.targets())); }
    public String visit(Stmt.Pass s) { return node("Pass", s.pos()); }
    public String visit(Stmt.Break s) { return node("Break", s.pos()); }
    public String visit(Stmt.Continue s) { return node("Continue", s.pos()); }
    public String visit(Stmt.Import s) { return node("Import", s.pos(), aliases(s.names())); }

    public String visit(Stmt.ImportFrom s) {
        return node("ImportFrom", s.pos(), optName(s.module()), aliases(s.names()), Integer.toString(s.level()));
    }

    public String visit(Stmt.Assert s) { return node("Assert", s.pos(), s.test().accept(this), opt(s.message())); }
    public String visit(Stmt.Return s) { return node("Return", s.pos(), opt(s.value())); }
    public String visit(Stmt.Raise s) { return node("Raise", s.pos(), opt(s.exception()), opt(s.cause())); }
    public String visit(Stmt.Global s) { return node("Global", s.pos(), String.join(" ", s.names())); }
    public String visit(Stmt.Nonlocal s) { return node("Nonlocal", s.pos(), String.join(" ", s.names())); }

    public String visit(Stmt.If s) {
        return node("If", s.pos(), s.test().accept(this), stmts(s.body()), stmts(s.orElse()));
    }

    public String visit(Stmt.For s) {
        return node("For", s.pos(), s.target().accept(this), s.iter().accept(this), stmts(s.body()),
                stmts(s.orElse()));
    }

    public String visit(Stmt.While s) {
        return node("While", s.pos(), s.test().accept(this), stmts(s.body()), stmts(s.orElse()));
    }

    public String visit(Stmt.FunctionDef s) {
        return node("FunctionDef", s.pos(), s.name(), params(s.params()), stmts(s.body()), exprs(s.decorators()),
                opt(s.returns()));
    }

    public String visit(Stmt.ClassDef s) {
        return node("ClassDef", s.pos(), s.name(), exprs(s.bases()), keywords(s.keywords()), stmts(s.body()),
                exprs(s.decorators()));
    }

    public String visit(Stmt.With s) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < s.items().size(); i++) {
            WithItem item = s.items().get(i);
            b.append(i == 0 ? "" : " ").append("(item ").append(item.context().accept(this)).append(' ')
                    .append(opt(item.target())).append(')');
        }
        return node("With", s.pos(), b.append(']').toString(), stmts(s.body()));
    }

    public String visit(Stmt.Try s) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < s.handlers().size(); i++) {
            ExceptHandler h = s.handlers().get(i);
            b.append(i == 0 ? "" : " ").append(node("except", h.pos(), opt(h.type()), optName(h.name()),
                    stmts(h.body())));
        }
        return node("Try", s.pos(), stmts(s.body()), b.append(']').toString(), stmts(s.orElse()),
                stmts(s.finalBody()));
    }
}
