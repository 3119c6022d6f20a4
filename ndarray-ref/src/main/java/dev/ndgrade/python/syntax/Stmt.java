package dev.ndgrade.python.syntax;

import java.util.List;
import java.util.Optional;

/**
 * A statement. The records mirror CPython's {@code ast} statement nodes; {@link Visitor} is the exhaustive dispatch
 * (Java 17 has no pattern switch). Blocks are non-empty lists; an absent {@code else}/{@code finally} is an empty list.
 */
public sealed interface Stmt {

    /** Where the statement starts (its first token; for a decorated def/class, the {@code def}/{@code class} keyword). */
    Pos pos();

    <R> R accept(Visitor<R> visitor);

    // ---- simple statements ----

    /** An expression used as a statement; interactive mode prints its repr when it is not None. */
    record ExprStmt(Pos pos, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code t1 = t2 = value}: {@code targets} left to right (assigned in that order), at least one. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
        public Assign { targets = List.copyOf(targets); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code target op= value}; the target is a Name, Attribute or Subscript. */
    record AugAssign(Pos pos, Expr target, BinaryOperator op, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /**
     * {@code target: annotation [= value]}; {@code simple} is true when the target is a bare name not in parentheses
     * (CPython's {@code simple} flag).
     */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Optional<Expr> value, boolean simple) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code del t1, t2}: names, attributes, subscripts, and tuples/lists of those. */
    record Delete(Pos pos, List<Expr> targets) implements Stmt {
        public Delete { targets = List.copyOf(targets); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code pass}. */
    record Pass(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code break}. */
    record Break(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code continue}. */
    record Continue(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code import a.b as c, d}. */
    record Import(Pos pos, List<ImportAlias> names) implements Stmt {
        public Import { names = List.copyOf(names); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /**
     * {@code from module import a, b as c}; {@code level} counts leading dots (0 = absolute); {@code module} is empty
     * for {@code from . import x}; {@code from m import *} has one alias named {@code "*"}.
     */
    record ImportFrom(Pos pos, Optional<String> module, List<ImportAlias> names, int level) implements Stmt {
        public ImportFrom { names = List.copyOf(names); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code assert test[, message]}. */
    record Assert(Pos pos, Expr test, Optional<Expr> message) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code return [value]}. */
    record Return(Pos pos, Optional<Expr> value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code raise [exception [from cause]]}. */
    record Raise(Pos pos, Optional<Expr> exception, Optional<Expr> cause) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code global a, b}. */
    record Global(Pos pos, List<String> names) implements Stmt {
        public Global { names = List.copyOf(names); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code nonlocal a, b}. */
    record Nonlocal(Pos pos, List<String> names) implements Stmt {
        public Nonlocal { names = List.copyOf(names); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    // ---- compound statements ----

    /** {@code if test: body else: orElse}; an {@code elif} is a nested If as the sole statement of {@code orElse}. */
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        public If {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code for target in iter: body else: orElse}. */
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        public For {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code while test: body else: orElse}. */
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        public While {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code @decorators def name(params) -> returns: body}. */
    record FunctionDef(Pos pos, String name, Parameters params, List<Stmt> body, List<Expr> decorators,
                       Optional<Expr> returns) implements Stmt {
        public FunctionDef {
            body = List.copyOf(body);
            decorators = List.copyOf(decorators);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code @decorators class name(bases, keywords): body}. */
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {
        public ClassDef {
            bases = List.copyOf(bases);
            keywords = List.copyOf(keywords);
            body = List.copyOf(body);
            decorators = List.copyOf(decorators);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code with a as x, b: body}. */
    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {
        public With {
            items = List.copyOf(items);
            body = List.copyOf(body);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code try: body except...: handlers else: orElse finally: finalBody}. */
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody)
            implements Stmt {
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orElse = List.copyOf(orElse);
            finalBody = List.copyOf(finalBody);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** Exhaustive dispatch over every statement record. */
    interface Visitor<R> {
        R visit(ExprStmt s);
        R visit(Assign s);
        R visit(AugAssign s);
        R visit(AnnAssign s);
        R visit(Delete s);
        R visit(Pass s);
        R visit(Break s);
        R visit(Continue s);
        R visit(Import s);
        R visit(ImportFrom s);
        R visit(Assert s);
        R visit(Return s);
        R visit(Raise s);
        R visit(Global s);
        R visit(Nonlocal s);
        R visit(If s);
        R visit(For s);
        R visit(While s);
        R visit(FunctionDef s);
        R visit(ClassDef s);
        R visit(With s);
        R visit(Try s);
    }
}
