package dev.ndgrade.python.syntax;

import static dev.ndgrade.python.syntax.SymbolBlock.DEF_ANNOT;
import static dev.ndgrade.python.syntax.SymbolBlock.DEF_COMP_ITER;
import static dev.ndgrade.python.syntax.SymbolBlock.DEF_GLOBAL;
import static dev.ndgrade.python.syntax.SymbolBlock.DEF_IMPORT;
import static dev.ndgrade.python.syntax.SymbolBlock.DEF_LOCAL;
import static dev.ndgrade.python.syntax.SymbolBlock.DEF_NONLOCAL;
import static dev.ndgrade.python.syntax.SymbolBlock.DEF_PARAM;
import static dev.ndgrade.python.syntax.SymbolBlock.USE;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The first pass of CPython's {@code symtable.c}: walks a unit, opens a block for every def, lambda, class and
 * comprehension, and records how each block uses and binds each name, raising the SyntaxErrors that pass raises
 * (global/nonlocal after use or assignment, walrus rules in comprehensions).
 */
final class SymbolCollector implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    private static final Map<String, String> COMPREHENSION_KINDS = Map.of("<listcomp>", "list comprehension",
            "<setcomp>", "set comprehension", "<dictcomp>", "dict comprehension", "<genexpr>", "generator expression");

    private final Deque<SymbolBlock> stack = new ArrayDeque<>();
    private final BiFunction<Pos, String, PythonSyntaxError> errors;

    SymbolCollector(SymbolBlock module, BiFunction<Pos, String, PythonSyntaxError> errors) {
        this.errors = errors;
        stack.push(module);
    }

    private SymbolBlock current() {
        return stack.peek();
    }

    private void enter(SymbolBlock block, Runnable body) {
        current().children.add(block);
        stack.push(block);
        try {
            body.run();
        } finally {
            stack.pop();
        }
    }

    /** {@code symtable_add_def_helper}: adds a flag to a name of {@code block}. */
    private void define(SymbolBlock block, String name, int flag, Pos pos) {
        if ((flag & block.flagsOf(name) & DEF_PARAM) != 0) {
            throw errors.apply(pos, "duplicate argument '" + name + "' in function definition");
        }
        int value = block.flagsOf(name) | flag;
        if (block.inIterationTarget) {
            if ((value & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.apply(pos, "comprehension inner loop cannot rebind assignment expression target '" + name + "'");
            }
            value |= DEF_COMP_ITER;
        }
        block.flags.put(name, value);
    }

    private void define(String name, int flag, Pos pos) {
        define(current(), name, flag, pos);
    }

    void body(List<Stmt> statements) {
        statements.forEach(s -> s.accept(this));
    }

    private void visit(Expr e) {
        e.accept(this);
    }

    private void visitAll(List<Expr> es) {
        es.forEach(this::visit);
    }

    /** An assignment, del or loop target: names are bound, everything else inside is read. */
    private void bind(Expr target) {
        if (target instanceof Expr.Name n) {
            define(n.id(), DEF_LOCAL, n.pos());
        } else if (target instanceof Expr.TupleLiteral t) {
            t.elements().forEach(this::bind);
        } else if (target instanceof Expr.ListLiteral l) {
            l.elements().forEach(this::bind);
        } else if (target instanceof Expr.Starred s) {
            bind(s.value());
        } else {
            visit(target);
        }
    }

    // ================================================================== statements

    @Override public Void visit(Stmt.ExprStmt s) { visit(s.value()); return null; }

    @Override
    public Void visit(Stmt.Assign s) {
        s.targets().forEach(this::bind);
        visit(s.value());
        return null;
    }

    @Override
    public Void visit(Stmt.AugAssign s) {
        bind(s.target());
        visit(s.value());
        return null;
    }

    @Override
    public Void visit(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name n) {
            int flags = current().flagsOf(n.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && current().kind != Scope.Kind.MODULE && s.simple()) {
                throw errors.apply(s.pos(), "annotated name '" + n.id() + "' can't be "
                        + ((flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal"));
            }
            if (s.simple()) {
                define(n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
            } else if (s.value().isPresent()) {
                define(n.id(), DEF_LOCAL, n.pos());
            }
        } else {
            bind(s.target());
        }
        visit(s.annotation());
        s.value().ifPresent(this::visit);
        return null;
    }

    @Override public Void visit(Stmt.Delete s) { s.targets().forEach(this::bind); return null; }
    @Override public Void visit(Stmt.Pass s) { return null; }
    @Override public Void visit(Stmt.Break s) { return null; }
    @Override public Void visit(Stmt.Continue s) { return null; }

    @Override
    public Void visit(Stmt.Import s) {
        for (ImportAlias a : s.names()) {
            String bound = a.asName().orElse(a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name());
            define(bound, DEF_IMPORT, a.pos());
        }
        return null;
    }

    @Override
    public Void visit(Stmt.ImportFrom s) {
        s.names().stream().filter(a -> !a.name().equals("*"))
                .forEach(a -> define(a.asName().orElse(a.name()), DEF_IMPORT, a.pos()));
        return null;
    }

    @Override
    public Void visit(Stmt.Assert s) {
        visit(s.test());
        s.message().ifPresent(this::visit);
        return null;
    }

    @Override public Void visit(Stmt.Return s) { s.value().ifPresent(this::visit); return null; }

    @Override
    public Void visit(Stmt.Raise s) {
        s.exception().ifPresent(this::visit);
        s.cause().ifPresent(this::visit);
        return null;
    }

    @Override
    public Void visit(Stmt.Global s) {
        declare(s.pos(), s.names(), DEF_GLOBAL, "global");
        return null;
    }

    @Override
    public Void visit(Stmt.Nonlocal s) {
        declare(s.pos(), s.names(), DEF_NONLOCAL, "nonlocal");
        return null;
    }

    /** A global or nonlocal statement: the name must not have been a parameter, used, assigned or annotated. */
    private void declare(Pos pos, List<String> names, int flag, String what) {
        for (String name : names) {
            int flags = current().flagsOf(name);
            if ((flags & DEF_PARAM) != 0) {
                throw errors.apply(pos, "name '" + name + "' is parameter and " + what);
            } else if ((flags & USE) != 0) {
                throw errors.apply(pos, "name '" + name + "' is used prior to " + what + " declaration");
            } else if ((flags & DEF_ANNOT) != 0) {
                throw errors.apply(pos, "annotated name '" + name + "' can't be " + what);
            } else if ((flags & DEF_LOCAL) != 0) {
                throw errors.apply(pos, "name '" + name + "' is assigned to before " + what + " declaration");
            }
            define(name, flag, pos);
            current().directives.putIfAbsent(name, pos);
        }
    }

    @Override
    public Void visit(Stmt.If s) {
        visit(s.test());
        body(s.body());
        body(s.orElse());
        return null;
    }

    @Override
    public Void visit(Stmt.For s) {
        bind(s.target());
        visit(s.iter());
        body(s.body());
        body(s.orElse());
        return null;
    }

    @Override
    public Void visit(Stmt.While s) {
        visit(s.test());
        body(s.body());
        body(s.orElse());
        return null;
    }

    @Override
    public Void visit(Stmt.FunctionDef s) {
        define(s.name(), DEF_LOCAL, s.pos());
        defaultsAndAnnotations(s.params());
        s.returns().ifPresent(this::visit);
        visitAll(s.decorators());
        enter(new SymbolBlock(Scope.Kind.FUNCTION, s.name(), s), () -> {
            parameters(s.params());
            body(s.body());
        });
        return null;
    }

    private void defaultsAndAnnotations(Parameters p) {
        for (Param param : Parameters.all(p)) {
            param.defaultValue().ifPresent(this::visit);
        }
        for (Param param : Parameters.all(p)) {
            param.annotation().ifPresent(this::visit);
        }
    }

    private void parameters(Parameters p) {
        Parameters.all(p).forEach(param -> define(param.name(), DEF_PARAM, param.pos()));
    }

    @Override
    public Void visit(Stmt.ClassDef s) {
        define(s.name(), DEF_LOCAL, s.pos());
        visitAll(s.bases());
        s.keywords().forEach(k -> visit(k.value()));
        visitAll(s.decorators());
        enter(new SymbolBlock(Scope.Kind.CLASS, s.name(), s), () -> body(s.body()));
        return null;
    }

    @Override
    public Void visit(Stmt.With s) {
        for (WithItem item : s.items()) {
            visit(item.context());
            item.target().ifPresent(this::bind);
        }
        body(s.body());
        return null;
    }

    @Override
    public Void visit(Stmt.Try s) {
        body(s.body());
        for (ExceptHandler h : s.handlers()) {
            h.type().ifPresent(this::visit);
            h.name().ifPresent(n -> define(n, DEF_LOCAL, h.pos()));
            body(h.body());
        }
        body(s.orElse());
        body(s.finalBody());
        return null;
    }

    // ================================================================== expressions

    @Override public Void visit(Expr.Name e) { define(e.id(), USE, e.pos()); return null; }
    @Override public Void visit(Expr.NoneLiteral e) { return null; }
    @Override public Void visit(Expr.BoolLiteral e) { return null; }
    @Override public Void visit(Expr.IntLiteral e) { return null; }
    @Override public Void visit(Expr.FloatLiteral e) { return null; }
    @Override public Void visit(Expr.ImaginaryLiteral e) { return null; }
    @Override public Void visit(Expr.StringLiteral e) { return null; }
    @Override public Void visit(Expr.BytesLiteral e) { return null; }
    @Override public Void visit(Expr.EllipsisLiteral e) { return null; }

    @Override
    public Void visit(Expr.FString e) {
        fieldValues(e.parts());
        return null;
    }

    private void fieldValues(List<FStringPart> parts) {
        for (FStringPart p : parts) {
            if (p instanceof FStringPart.Field f) {
                visit(f.value());
                fieldValues(f.formatSpec());
            }
        }
    }

    @Override public Void visit(Expr.TupleLiteral e) { visitAll(e.elements()); return null; }
    @Override public Void visit(Expr.ListLiteral e) { visitAll(e.elements()); return null; }
    @Override public Void visit(Expr.SetLiteral e) { visitAll(e.elements()); return null; }

    @Override
    public Void visit(Expr.DictLiteral e) {
        for (DictItem item : e.items()) {
            if (item instanceof DictItem.KeyValue kv) {
                visit(kv.key());
                visit(kv.value());
            } else if (item instanceof DictItem.Unpack u) {
                visit(u.mapping());
            }
        }
        return null;
    }

    @Override
    public Void visit(Expr.ListComp e) {
        return comprehension(e, "<listcomp>", e.generators(), List.of(e.element()));
    }

    @Override
    public Void visit(Expr.SetComp e) {
        return comprehension(e, "<setcomp>", e.generators(), List.of(e.element()));
    }

    @Override
    public Void visit(Expr.DictComp e) {
        // CPython's symtable visits the value before the key
        return comprehension(e, "<dictcomp>", e.generators(), List.of(e.value(), e.key()));
    }

    @Override
    public Void visit(Expr.GeneratorExp e) {
        return comprehension(e, "<genexpr>", e.generators(), List.of(e.element()));
    }

    /** The first iterable belongs to the enclosing scope; targets, later iterables and the element to a new one. */
    private Void comprehension(Expr node, String name, List<Comprehension> generators, List<Expr> elements) {
        iterable(generators.get(0).iter());
        SymbolBlock block = new SymbolBlock(Scope.Kind.COMPREHENSION, name, node);
        block.generator = node instanceof Expr.GeneratorExp;
        enter(block, () -> {
            for (int i = 0; i < generators.size(); i++) {
                Comprehension g = generators.get(i);
                block.inIterationTarget = true;
                bind(g.target());
                block.inIterationTarget = false;
                if (i > 0) {
                    iterable(g.iter());
                }
                visitAll(g.conditions());
            }
            visitAll(elements);
        });
        return null;
    }

    private void iterable(Expr iter) {
        current().inIterable++;
        try {
            visit(iter);
        } finally {
            current().inIterable--;
        }
    }

    @Override public Void visit(Expr.Attribute e) { visit(e.value()); return null; }

    @Override
    public Void visit(Expr.Subscript e) {
        visit(e.value());
        visit(e.index());
        return null;
    }

    @Override
    public Void visit(Expr.Slice e) {
        e.lower().ifPresent(this::visit);
        e.upper().ifPresent(this::visit);
        e.step().ifPresent(this::visit);
        return null;
    }

    @Override
    public Void visit(Expr.Call e) {
        visit(e.func());
        visitAll(e.args());
        e.keywords().forEach(k -> visit(k.value()));
        return null;
    }

    @Override public Void visit(Expr.Starred e) { visit(e.value()); return null; }
    @Override public Void visit(Expr.UnaryOp e) { visit(e.operand()); return null; }

    @Override
    public Void visit(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        return null;
    }

    @Override public Void visit(Expr.BoolOp e) { visitAll(e.values()); return null; }

    @Override
    public Void visit(Expr.Compare e) {
        visit(e.left());
        visitAll(e.comparators());
        return null;
    }

    @Override
    public Void visit(Expr.IfExp e) {
        visit(e.test());
        visit(e.body());
        visit(e.orElse());
        return null;
    }

    @Override
    public Void visit(Expr.Lambda e) {
        defaultsAndAnnotations(e.params());
        enter(new SymbolBlock(Scope.Kind.LAMBDA, "<lambda>", e), () -> {
            parameters(e.params());
            visit(e.body());
        });
        return null;
    }

    @Override
    public Void visit(Expr.NamedExpr e) {
        if (current().inIterable > 0) {
            throw errors.apply(e.pos(), "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (current().kind == Scope.Kind.COMPREHENSION) {
            extendToEnclosingScope(e.target());
        }
        visit(e.value());
        bind(e.target());
        return null;
    }

    /**
     * A walrus in a comprehension binds in the nearest enclosing function (or the module): the comprehension sees
     * the name as nonlocal (or global) there. {@code symtable_extend_namedexpr_scope}.
     */
    private void extendToEnclosingScope(Expr.Name target) {
        String name = target.id();
        for (Iterator<SymbolBlock> it = stack.iterator(); it.hasNext(); ) {
            SymbolBlock block = it.next();
            if (block.kind == Scope.Kind.COMPREHENSION) {
                if ((block.flagsOf(name) & DEF_COMP_ITER) != 0) {
                    throw errors.apply(target.pos(), "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                }
            } else if (block.kind == Scope.Kind.CLASS) {
                throw errors.apply(target.pos(), "assignment expression within a comprehension cannot be used in a class body");
            } else {
                boolean global = block.kind == Scope.Kind.MODULE || (block.flagsOf(name) & DEF_GLOBAL) != 0;
                define(name, global ? DEF_GLOBAL : DEF_NONLOCAL, target.pos());
                current().directives.putIfAbsent(name, target.pos());
                define(block, name, block.kind == Scope.Kind.MODULE ? DEF_GLOBAL : DEF_LOCAL, target.pos());
                return;
            }
        }
    }

    @Override
    public Void visit(Expr.Yield e) {
        yieldHere(e.pos());
        e.value().ifPresent(this::visit);
        return null;
    }

    @Override
    public Void visit(Expr.YieldFrom e) {
        yieldHere(e.pos());
        visit(e.value());
        return null;
    }

    /** A yield makes its function a generator; a comprehension cannot have one (it is not the user's function). */
    private void yieldHere(Pos pos) {
        SymbolBlock block = current();
        if (block.kind == Scope.Kind.COMPREHENSION) {
            throw errors.apply(pos, "'yield' inside " + COMPREHENSION_KINDS.get(block.name));
        }
        block.generator = true;
    }
}
