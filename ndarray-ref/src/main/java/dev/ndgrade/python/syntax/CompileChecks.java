package dev.ndgrade.python.syntax;

import java.util.List;
import java.util.Optional;

/**
 * The SyntaxErrors CPython 3.11 raises after parsing, when it builds the symbol table and compiles a statement.
 * The symbol table's come first ({@link SymbolTable}: duplicate parameters, global/nonlocal misuse, yield and walrus
 * in comprehensions); then the compiler's, checked here: 'return'/'yield' outside function, 'break'/'continue'
 * outside a loop, misplaced starred expressions, repeated keyword arguments, a bare 'except:' that is not last,
 * assignments to __debug__. Interactive mode compiles each top-level unit on its own, so these are checked per
 * {@link TopLevel}: a unit that fails here does not run, and the next one does.
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

    /**
     * Throws the error CPython would raise compiling this unit in 'single' mode, if any; otherwise returns the unit's
     * symbol table, which the interpreter needs to resolve names.
     */
    public static SymbolTable check(TopLevel unit, String fileName) {
        CompileChecks checks = new CompileChecks(fileName, unit);
        SymbolTable table = SymbolTable.of(unit.statements(), checks::error);
        for (Stmt s : unit.statements()) {
            checks.statement(s, Scope.MODULE, false);
        }
        return table;
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
        for (Param param : Parameters.all(p)) {
            param.defaultValue().ifPresent(d -> expr(d, Context.LOAD, scope));
        }
        for (Param param : Parameters.all(p)) {
            param.annotation().ifPresent(a -> expr(a, Context.LOAD, scope));
        }
        for (Param param : Parameters.all(p)) {
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
}
