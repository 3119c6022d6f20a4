package dev.ndgrade.python.syntax;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SyntaxErrors CPython 3.11 raises after parsing, when it builds the symbol table and compiles a statement:
 * 'return'/'yield' outside function, 'break'/'continue' outside a loop, misplaced starred expressions, duplicate
 * parameters, repeated keyword arguments, a bare 'except:' that is not last, nonlocal at module level, assignments to
 * __debug__. Interactive mode compiles each top-level unit on its own, so these are checked per {@link TopLevel}:
 * a unit that fails here does not run, and the next one does.
 *
 * <p>Not covered (they need full scope analysis): "no binding for nonlocal", "name ... is used prior to global
 * declaration" and similar.
 */
public final class CompileChecks {

    private enum Scope { MODULE, FUNCTION, CLASS }

    private enum Context { LOAD, STORE, DEL }

    private final String fileName;
    private final TopLevel unit;

    private CompileChecks(String fileName, TopLevel unit) {
        this.fileName = fileName;
        this.unit = unit;
    }

    /** Throws the error CPython would raise compiling this unit in 'single' mode, if any. */
    public static void check(TopLevel unit, String fileName) {
        CompileChecks checks = new CompileChecks(fileName, unit);
        checks.symbolTable(unit.statements(), Scope.MODULE);
        for (Stmt s : unit.statements()) {
            checks.statement(s, Scope.MODULE, false);
        }
    }

    /** The compiler reports the node's column in UTF-8 bytes (CPython's col_offset), plus one. */
    private PythonSyntaxError error(Pos pos, String message) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, message, fileName, pos.line(),
                byteColumn(pos) + 1);
    }

    private int byteColumn(Pos pos) {
        String[] lines = unit.source().split("\n", -1);
        int index = pos.line() - unit.firstLine();
        if (index < 0 || index >= lines.length) {
            return pos.column();
        }
        String prefix = lines[index].substring(0, Math.min(pos.column(), lines[index].length()));
        return prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    // ================================================================== symbol table pass

    /** Errors the symbol table raises; it walks the whole unit before any code is compiled. */
    private void symbolTable(List<Stmt> body, Scope scope) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Nonlocal n && scope == Scope.MODULE) {
                throw error(n.pos(), "nonlocal declaration not allowed at module level");
            }
            s.accept(new StatementExpressions(e -> e.accept(new SymbolTableExpressions())));
            if (s instanceof Stmt.FunctionDef f) {
                uniqueParameters(f.params());
                symbolTable(f.body(), Scope.FUNCTION);
            } else if (s instanceof Stmt.ClassDef c) {
                symbolTable(c.body(), Scope.CLASS);
            } else {
                for (List<Stmt> block : blocks(s)) {
                    symbolTable(block, scope);
                }
            }
        }
    }

    private void uniqueParameters(Parameters p) {
        Set<String> seen = new HashSet<>();
        for (Param param : allParameters(p)) {
            if (!seen.add(param.name())) {
                throw error(param.pos(), "duplicate argument '" + param.name() + "' in function definition");
            }
        }
    }

    private static List<Param> allParameters(Parameters p) {
        List<Param> all = new java.util.ArrayList<>(p.positionalOnly());
        all.addAll(p.regular());
        p.varArgs().ifPresent(all::add);
        all.addAll(p.keywordOnly());
        p.varKeywords().ifPresent(all::add);
        return all;
    }

    private static List<List<Stmt>> blocks(Stmt s) {
        if (s instanceof Stmt.If x) {
            return List.of(x.body(), x.orElse());
        }
        if (s instanceof Stmt.For x) {
            return List.of(x.body(), x.orElse());
        }
        if (s instanceof Stmt.While x) {
            return List.of(x.body(), x.orElse());
        }
        if (s instanceof Stmt.With x) {
            return List.of(x.body());
        }
        if (s instanceof Stmt.Try x) {
            List<List<Stmt>> all = new java.util.ArrayList<>();
            all.add(x.body());
            x.handlers().forEach(h -> all.add(h.body()));
            all.add(x.orElse());
            all.add(x.finalBody());
            return all;
        }
        return List.of();
    }

    // ================================================================== compiler pass

    private void statement(Stmt s, Scope scope, boolean inLoop) {
        s.accept(new Stmt.Visitor<Void>() {
            public Void visit(Stmt.ExprStmt x) {
                expr(x.value(), Context.LOAD, scope);
                return null;
            }

            public Void visit(Stmt.Assign x) {
                expr(x.value(), Context.LOAD, scope);
                x.targets().forEach(t -> expr(t, Context.STORE, scope));
                return null;
            }

            public Void visit(Stmt.AugAssign x) {
                expr(x.target(), Context.STORE, scope);
                expr(x.value(), Context.LOAD, scope);
                return null;
            }

            public Void visit(Stmt.AnnAssign x) {
                x.value().ifPresent(v -> expr(v, Context.LOAD, scope));
                expr(x.target(), Context.STORE, scope);
                expr(x.annotation(), Context.LOAD, scope);
                return null;
            }

            public Void visit(Stmt.Delete x) {
                x.targets().forEach(t -> expr(t, Context.DEL, scope));
                return null;
            }

            public Void visit(Stmt.Pass x) {
                return null;
            }

            public Void visit(Stmt.Break x) {
                if (!inLoop) {
                    throw error(x.pos(), "'break' outside loop");
                }
                return null;
            }

            public Void visit(Stmt.Continue x) {
                if (!inLoop) {
                    throw error(x.pos(), "'continue' not properly in loop");
                }
                return null;
            }

            public Void visit(Stmt.Import x) {
                x.names().forEach(a -> forbiddenName(a.asName().orElse(a.name()), x.pos()));
                return null;
            }

            public Void visit(Stmt.ImportFrom x) {
                x.names().forEach(a -> forbiddenName(a.asName().orElse(a.name()), x.pos()));
                return null;
            }

            public Void visit(Stmt.Assert x) {
                expr(x.test(), Context.LOAD, scope);
                x.message().ifPresent(m -> expr(m, Context.LOAD, scope));
                return null;
            }

            public Void visit(Stmt.Return x) {
                if (scope != Scope.FUNCTION) {
                    throw error(x.pos(), "'return' outside function");
                }
                x.value().ifPresent(v -> expr(v, Context.LOAD, scope));
                return null;
            }

            public Void visit(Stmt.Raise x) {
                x.exception().ifPresent(v -> expr(v, Context.LOAD, scope));
                x.cause().ifPresent(v -> expr(v, Context.LOAD, scope));
                return null;
            }

            public Void visit(Stmt.Global x) {
                return null;
            }

            public Void visit(Stmt.Nonlocal x) {
                return null;
            }

            public Void visit(Stmt.If x) {
                expr(x.test(), Context.LOAD, scope);
                block(x.body(), scope, inLoop);
                block(x.orElse(), scope, inLoop);
                return null;
            }

            public Void visit(Stmt.For x) {
                expr(x.iter(), Context.LOAD, scope);
                expr(x.target(), Context.STORE, scope);
                block(x.body(), scope, true);
                block(x.orElse(), scope, inLoop);
                return null;
            }

            public Void visit(Stmt.While x) {
                expr(x.test(), Context.LOAD, scope);
                block(x.body(), scope, true);
                block(x.orElse(), scope, inLoop);
                return null;
            }

            public Void visit(Stmt.FunctionDef x) {
                x.decorators().forEach(d -> expr(d, Context.LOAD, scope));
                parameters(x.params(), scope, x.pos());
                x.returns().ifPresent(r -> expr(r, Context.LOAD, scope));
                forbiddenName(x.name(), x.pos());
                block(x.body(), Scope.FUNCTION, false);
                return null;
            }

            public Void visit(Stmt.ClassDef x) {
                x.decorators().forEach(d -> expr(d, Context.LOAD, scope));
                forbiddenName(x.name(), x.pos());
                x.bases().forEach(b -> expr(b, Context.LOAD, scope));
                keywords(x.keywords(), scope, x.pos());
                block(x.body(), Scope.CLASS, false);
                return null;
            }

            public Void visit(Stmt.With x) {
                for (WithItem item : x.items()) {
                    expr(item.context(), Context.LOAD, scope);
                    item.target().ifPresent(t -> expr(t, Context.STORE, scope));
                }
                block(x.body(), scope, inLoop);
                return null;
            }

            public Void visit(Stmt.Try x) {
                block(x.body(), scope, inLoop);
                for (int i = 0; i < x.handlers().size(); i++) {
                    ExceptHandler h = x.handlers().get(i);
                    if (h.type().isEmpty() && i < x.handlers().size() - 1) {
                        throw error(h.pos(), "default 'except:' must be last");
                    }
                    h.type().ifPresent(t -> expr(t, Context.LOAD, scope));
                    h.name().ifPresent(n -> forbiddenName(n, h.pos()));
                    block(h.body(), scope, inLoop);
                }
                block(x.orElse(), scope, inLoop);
                block(x.finalBody(), scope, inLoop);
                return null;
            }
        });
    }

    private void block(List<Stmt> body, Scope scope, boolean inLoop) {
        for (Stmt s : body) {
            statement(s, scope, inLoop);
        }
    }

    private void parameters(Parameters p, Scope scope, Pos where) {
        for (Param param : allParameters(p)) {
            param.defaultValue().ifPresent(d -> expr(d, Context.LOAD, scope));
        }
        for (Param param : allParameters(p)) {
            param.annotation().ifPresent(a -> expr(a, Context.LOAD, scope));
        }
        for (Param param : allParameters(p)) {
            forbiddenName(param.name(), where);
        }
    }

    private void keywords(List<Keyword> keywords, Scope scope, Pos where) {
        for (int i = 0; i < keywords.size(); i++) {
            Optional<String> name = keywords.get(i).name();
            if (name.isEmpty()) {
                continue;
            }
            forbiddenName(name.get(), where);
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).name())) {
                    throw error(keywords.get(j).pos(), "keyword argument repeated: " + name.get());
                }
            }
        }
        keywords.forEach(k -> expr(k.value(), Context.LOAD, scope));
    }

    private void forbiddenName(String name, Pos where) {
        forbiddenName(name, where, Context.STORE);
    }

    private void forbiddenName(String name, Pos where, Context context) {
        if (name.equals("__debug__")) {
            throw error(where, context == Context.DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
        }
    }

    // ================================================================== expressions

    private void expr(Expr e, Context context, Scope scope) {
        e.accept(new ExpressionCheck(context, scope));
    }

    /** Elements of a display or target list, where a starred item is allowed (at most one when assigning). */
    private void elements(List<Expr> elements, Context context, Scope scope, Pos container) {
        boolean starSeen = false;
        for (Expr element : elements) {
            if (element instanceof Expr.Starred starred) {
                if (context == Context.STORE) {
                    if (starSeen) {
                        throw error(container, "multiple starred expressions in assignment");
                    }
                    starSeen = true;
                }
                expr(starred.value(), context, scope);
            } else {
                expr(element, context, scope);
            }
        }
    }

    private final class ExpressionCheck implements Expr.Visitor<Void> {
        private final Context context;
        private final Scope scope;

        ExpressionCheck(Context context, Scope scope) {
            this.context = context;
            this.scope = scope;
        }

        private void load(Expr e) {
            expr(e, Context.LOAD, scope);
        }

        private void generators(List<Comprehension> generators) {
            for (Comprehension g : generators) {
                load(g.iter());
                expr(g.target(), Context.STORE, scope);
                g.conditions().forEach(this::load);
            }
        }

        public Void visit(Expr.Name e) {
            if (context != Context.LOAD) {
                forbiddenName(e.id(), e.pos(), context);
            }
            return null;
        }

        public Void visit(Expr.NoneLiteral e) { return null; }
        public Void visit(Expr.BoolLiteral e) { return null; }
        public Void visit(Expr.IntLiteral e) { return null; }
        public Void visit(Expr.FloatLiteral e) { return null; }
        public Void visit(Expr.ImaginaryLiteral e) { return null; }
        public Void visit(Expr.StringLiteral e) { return null; }
        public Void visit(Expr.BytesLiteral e) { return null; }
        public Void visit(Expr.EllipsisLiteral e) { return null; }

        public Void visit(Expr.FString e) {
            for (FStringPart part : e.parts()) {
                fieldParts(part);
            }
            return null;
        }

        private void fieldParts(FStringPart part) {
            if (part instanceof FStringPart.Field f) {
                load(f.value());
                f.formatSpec().forEach(this::fieldParts);
            }
        }

        public Void visit(Expr.TupleLiteral e) {
            elements(e.elements(), context, scope, e.pos());
            return null;
        }

        public Void visit(Expr.ListLiteral e) {
            elements(e.elements(), context, scope, e.pos());
            return null;
        }

        public Void visit(Expr.SetLiteral e) {
            elements(e.elements(), Context.LOAD, scope, e.pos());
            return null;
        }

        public Void visit(Expr.DictLiteral e) {
            for (DictItem item : e.items()) {
                if (item instanceof DictItem.KeyValue kv) {
                    load(kv.key());
                    load(kv.value());
                } else if (item instanceof DictItem.Unpack u) {
                    load(u.mapping());
                }
            }
            return null;
        }

        public Void visit(Expr.ListComp e) {
            generators(e.generators());
            load(e.element());
            return null;
        }

        public Void visit(Expr.SetComp e) {
            generators(e.generators());
            load(e.element());
            return null;
        }

        public Void visit(Expr.DictComp e) {
            generators(e.generators());
            load(e.key());
            load(e.value());
            return null;
        }

        public Void visit(Expr.GeneratorExp e) {
            generators(e.generators());
            load(e.element());
            return null;
        }

        public Void visit(Expr.Attribute e) {
            load(e.value());
            if (context != Context.LOAD) {
                forbiddenName(e.name(), e.pos(), context);
            }
            return null;
        }

        public Void visit(Expr.Subscript e) {
            load(e.value());
            load(e.index());
            return null;
        }

        public Void visit(Expr.Slice e) {
            e.lower().ifPresent(this::load);
            e.upper().ifPresent(this::load);
            e.step().ifPresent(this::load);
            return null;
        }

        public Void visit(Expr.Call e) {
            load(e.func());
            keywordsFirstThenArguments(e);
            return null;
        }

        private void keywordsFirstThenArguments(Expr.Call e) {
            List<Keyword> keywords = e.keywords();
            for (int i = 0; i < keywords.size(); i++) {
                Optional<String> name = keywords.get(i).name();
                if (name.isEmpty()) {
                    continue;
                }
                forbiddenName(name.get(), e.pos());
                for (int j = i + 1; j < keywords.size(); j++) {
                    if (name.equals(keywords.get(j).name())) {
                        throw error(keywords.get(j).pos(), "keyword argument repeated: " + name.get());
                    }
                }
            }
            for (Expr arg : e.args()) {
                load(arg instanceof Expr.Starred s ? s.value() : arg);
            }
            keywords.forEach(k -> load(k.value()));
        }

        public Void visit(Expr.Starred e) {
            if (context == Context.STORE) {
                throw error(e.pos(), "starred assignment target must be in a list or tuple");
            }
            throw error(e.pos(), "can't use starred expression here");
        }

        public Void visit(Expr.UnaryOp e) {
            load(e.operand());
            return null;
        }

        public Void visit(Expr.BinOp e) {
            load(e.left());
            load(e.right());
            return null;
        }

        public Void visit(Expr.BoolOp e) {
            e.values().forEach(this::load);
            return null;
        }

        public Void visit(Expr.Compare e) {
            load(e.left());
            e.comparators().forEach(this::load);
            return null;
        }

        public Void visit(Expr.IfExp e) {
            load(e.test());
            load(e.body());
            load(e.orElse());
            return null;
        }

        public Void visit(Expr.Lambda e) {
            parameters(e.params(), scope, e.pos());
            expr(e.body(), Context.LOAD, Scope.FUNCTION);
            return null;
        }

        public Void visit(Expr.NamedExpr e) {
            load(e.value());
            expr(e.target(), Context.STORE, scope);
            return null;
        }

        public Void visit(Expr.Yield e) {
            if (scope != Scope.FUNCTION) {
                throw error(e.pos(), "'yield' outside function");
            }
            e.value().ifPresent(this::load);
            return null;
        }

        public Void visit(Expr.YieldFrom e) {
            if (scope != Scope.FUNCTION) {
                throw error(e.pos(), "'yield' outside function");
            }
            load(e.value());
            return null;
        }
    }

    // ================================================================== expression walking for the symbol table

    /** Hands each expression directly inside a statement (not in nested statement blocks) to a consumer. */
    private static final class StatementExpressions implements Stmt.Visitor<Void> {
        private final java.util.function.Consumer<Expr> sink;

        StatementExpressions(java.util.function.Consumer<Expr> sink) {
            this.sink = sink;
        }

        private Void all(List<Expr> es) {
            es.forEach(sink);
            return null;
        }

        public Void visit(Stmt.ExprStmt s) { sink.accept(s.value()); return null; }
        public Void visit(Stmt.Assign s) { all(s.targets()); sink.accept(s.value()); return null; }
        public Void visit(Stmt.AugAssign s) { sink.accept(s.target()); sink.accept(s.value()); return null; }

        public Void visit(Stmt.AnnAssign s) {
            sink.accept(s.target());
            sink.accept(s.annotation());
            s.value().ifPresent(sink);
            return null;
        }

        public Void visit(Stmt.Delete s) { return all(s.targets()); }
        public Void visit(Stmt.Pass s) { return null; }
        public Void visit(Stmt.Break s) { return null; }
        public Void visit(Stmt.Continue s) { return null; }
        public Void visit(Stmt.Import s) { return null; }
        public Void visit(Stmt.ImportFrom s) { return null; }
        public Void visit(Stmt.Assert s) { sink.accept(s.test()); s.message().ifPresent(sink); return null; }
        public Void visit(Stmt.Return s) { s.value().ifPresent(sink); return null; }
        public Void visit(Stmt.Raise s) { s.exception().ifPresent(sink); s.cause().ifPresent(sink); return null; }
        public Void visit(Stmt.Global s) { return null; }
        public Void visit(Stmt.Nonlocal s) { return null; }
        public Void visit(Stmt.If s) { sink.accept(s.test()); return null; }
        public Void visit(Stmt.For s) { sink.accept(s.target()); sink.accept(s.iter()); return null; }
        public Void visit(Stmt.While s) { sink.accept(s.test()); return null; }

        public Void visit(Stmt.FunctionDef s) {
            all(s.decorators());
            for (Param p : allParameters(s.params())) {
                p.defaultValue().ifPresent(sink);
                p.annotation().ifPresent(sink);
            }
            s.returns().ifPresent(sink);
            return null;
        }

        public Void visit(Stmt.ClassDef s) {
            all(s.decorators());
            all(s.bases());
            s.keywords().forEach(k -> sink.accept(k.value()));
            return null;
        }

        public Void visit(Stmt.With s) {
            s.items().forEach(i -> {
                sink.accept(i.context());
                i.target().ifPresent(sink);
            });
            return null;
        }

        public Void visit(Stmt.Try s) {
            s.handlers().forEach(h -> h.type().ifPresent(sink));
            return null;
        }
    }

    /**
     * The symbol table's walk through expressions: lambdas open a scope (their parameters must be distinct) and
     * comprehensions open one where 'yield' is an error. As in CPython, a comprehension's first iterable belongs to
     * the enclosing scope.
     */
    private final class SymbolTableExpressions implements Expr.Visitor<Void> {
        /** "list comprehension", ... while inside one's own scope; null elsewhere. */
        private String comprehension;

        private Void all(List<Expr> es) {
            es.forEach(e -> e.accept(this));
            return null;
        }

        private Void opt(Optional<Expr> e) {
            e.ifPresent(x -> x.accept(this));
            return null;
        }

        private void inScope(String kind, Runnable body) {
            String outer = comprehension;
            comprehension = kind;
            try {
                body.run();
            } finally {
                comprehension = outer;
            }
        }

        private Void comprehension(String kind, List<Comprehension> gens, List<Expr> elements) {
            gens.get(0).iter().accept(this);
            inScope(kind, () -> {
                for (int i = 0; i < gens.size(); i++) {
                    Comprehension g = gens.get(i);
                    g.target().accept(this);
                    if (i > 0) {
                        g.iter().accept(this);
                    }
                    all(g.conditions());
                }
                all(elements);
            });
            return null;
        }

        private void parts(List<FStringPart> parts) {
            for (FStringPart p : parts) {
                if (p instanceof FStringPart.Field f) {
                    f.value().accept(this);
                    parts(f.formatSpec());
                }
            }
        }

        public Void visit(Expr.Name e) { return null; }
        public Void visit(Expr.NoneLiteral e) { return null; }
        public Void visit(Expr.BoolLiteral e) { return null; }
        public Void visit(Expr.IntLiteral e) { return null; }
        public Void visit(Expr.FloatLiteral e) { return null; }
        public Void visit(Expr.ImaginaryLiteral e) { return null; }
        public Void visit(Expr.StringLiteral e) { return null; }
        public Void visit(Expr.BytesLiteral e) { return null; }
        public Void visit(Expr.EllipsisLiteral e) { return null; }
        public Void visit(Expr.FString e) { parts(e.parts()); return null; }
        public Void visit(Expr.TupleLiteral e) { return all(e.elements()); }
        public Void visit(Expr.ListLiteral e) { return all(e.elements()); }
        public Void visit(Expr.SetLiteral e) { return all(e.elements()); }

        public Void visit(Expr.DictLiteral e) {
            for (DictItem item : e.items()) {
                if (item instanceof DictItem.KeyValue kv) {
                    kv.key().accept(this);
                    kv.value().accept(this);
                } else if (item instanceof DictItem.Unpack u) {
                    u.mapping().accept(this);
                }
            }
            return null;
        }

        public Void visit(Expr.ListComp e) {
            return comprehension("list comprehension", e.generators(), List.of(e.element()));
        }

        public Void visit(Expr.SetComp e) {
            return comprehension("set comprehension", e.generators(), List.of(e.element()));
        }

        public Void visit(Expr.DictComp e) {
            return comprehension("dict comprehension", e.generators(), List.of(e.key(), e.value()));
        }

        public Void visit(Expr.GeneratorExp e) {
            return comprehension("generator expression", e.generators(), List.of(e.element()));
        }

        public Void visit(Expr.Attribute e) { return e.value().accept(this); }
        public Void visit(Expr.Subscript e) { e.value().accept(this); return e.index().accept(this); }
        public Void visit(Expr.Slice e) { opt(e.lower()); opt(e.upper()); return opt(e.step()); }

        public Void visit(Expr.Call e) {
            e.func().accept(this);
            all(e.args());
            e.keywords().forEach(k -> k.value().accept(this));
            return null;
        }

        public Void visit(Expr.Starred e) { return e.value().accept(this); }
        public Void visit(Expr.UnaryOp e) { return e.operand().accept(this); }
        public Void visit(Expr.BinOp e) { e.left().accept(this); return e.right().accept(this); }
        public Void visit(Expr.BoolOp e) { return all(e.values()); }
        public Void visit(Expr.Compare e) { e.left().accept(this); return all(e.comparators()); }

        public Void visit(Expr.IfExp e) {
            e.test().accept(this);
            e.body().accept(this);
            return e.orElse().accept(this);
        }

        public Void visit(Expr.Lambda e) {
            for (Param p : allParameters(e.params())) {
                opt(p.defaultValue());
            }
            uniqueParameters(e.params());
            inScope(null, () -> e.body().accept(this));
            return null;
        }

        public Void visit(Expr.NamedExpr e) { return e.value().accept(this); }

        public Void visit(Expr.Yield e) {
            yieldAllowed(e.pos());
            return opt(e.value());
        }

        public Void visit(Expr.YieldFrom e) {
            yieldAllowed(e.pos());
            return e.value().accept(this);
        }

        private void yieldAllowed(Pos pos) {
            if (comprehension != null) {
                throw error(pos, "'yield' inside " + comprehension);
            }
        }
    }
}
