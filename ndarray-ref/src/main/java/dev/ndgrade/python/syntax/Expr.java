package dev.ndgrade.python.syntax;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * An expression. The records mirror CPython's {@code ast} expression nodes; Java 17 has no pattern switch, so
 * {@link Visitor} is the exhaustive dispatch (adding a record breaks every visitor at compile time).
 * Assignment and {@code del} targets are ordinary expressions ({@link Name}, {@link Attribute}, {@link Subscript},
 * {@link TupleLiteral}, {@link ListLiteral}, {@link Starred}); the statement says which context they are in.
 */
public sealed interface Expr {

    /** Where the expression starts (for a binary operation: where its left operand starts, as in CPython). */
    Pos pos();

    <R> R accept(Visitor<R> visitor);

    // ---- atoms ----

    /** A variable reference. */
    record Name(Pos pos, String id) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code None}. */
    record NoneLiteral(Pos pos) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code True} / {@code False}. */
    record BoolLiteral(Pos pos, boolean value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** An int literal in any base, {@code _} separators removed; arbitrary precision like Python's int. */
    record IntLiteral(Pos pos, BigInteger value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** A float literal ({@code 1.}, {@code .5}, {@code 1e-5}, {@code 1_000.5}). */
    record FloatLiteral(Pos pos, double value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** An imaginary literal: {@code 2j} has {@code imag} 2.0 (the real part of such a literal is always 0). */
    record ImaginaryLiteral(Pos pos, double imag) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** A str literal (adjacent literals already concatenated, escapes already decoded). */
    record StringLiteral(Pos pos, String value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /**
     * A bytes literal; {@code value} holds one char per byte (each char is 0..255, i.e. the bytes decoded as
     * Latin-1), which keeps the record immutable and comparable by value.
     */
    record BytesLiteral(Pos pos, String value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code ...}. */
    record EllipsisLiteral(Pos pos) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** An f-string (CPython's {@code JoinedStr}), after concatenation with any adjacent literals. */
    record FString(Pos pos, List<FStringPart> parts) implements Expr {
        public FString { parts = List.copyOf(parts); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    // ---- displays ----

    /** {@code (a, b)}, {@code (a,)}, {@code ()} or a bare {@code a, b}; also a tuple of indices {@code a[1:, ::2]}. */
    record TupleLiteral(Pos pos, List<Expr> elements) implements Expr {
        public TupleLiteral { elements = List.copyOf(elements); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code [a, *b]}. */
    record ListLiteral(Pos pos, List<Expr> elements) implements Expr {
        public ListLiteral { elements = List.copyOf(elements); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code {a, *b}} (never empty: {@code {}} is a dict). */
    record SetLiteral(Pos pos, List<Expr> elements) implements Expr {
        public SetLiteral { elements = List.copyOf(elements); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code {k: v, **m}}. */
    record DictLiteral(Pos pos, List<DictItem> items) implements Expr {
        public DictLiteral { items = List.copyOf(items); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code [element for ...]}. */
    record ListComp(Pos pos, Expr element, List<Comprehension> generators) implements Expr {
        public ListComp { generators = List.copyOf(generators); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code {element for ...}}. */
    record SetComp(Pos pos, Expr element, List<Comprehension> generators) implements Expr {
        public SetComp { generators = List.copyOf(generators); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code {key: value for ...}}. */
    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {
        public DictComp { generators = List.copyOf(generators); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code (element for ...)}, also the bare form as a sole call argument {@code f(x for x in y)}. */
    record GeneratorExp(Pos pos, Expr element, List<Comprehension> generators) implements Expr {
        public GeneratorExp { generators = List.copyOf(generators); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    // ---- primaries ----

    /** {@code value.name}. */
    record Attribute(Pos pos, Expr value, String name) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /**
     * {@code value[index]}; {@code index} is a {@link Slice} for {@code a[1:2]} and a {@link TupleLiteral} (possibly of
     * slices) for {@code a[1:, ::2]} or {@code a[1, 2]}, as in CPython 3.9+.
     */
    record Subscript(Pos pos, Expr value, Expr index) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code lower:upper:step}; only valid as a subscript index or an element of a subscript's index tuple. */
    record Slice(Pos pos, Optional<Expr> lower, Optional<Expr> upper, Optional<Expr> step) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /**
     * {@code func(args, keywords)}. As in CPython's ast, positional arguments (a {@link Starred} one is {@code *args})
     * and keyword arguments ({@code name=value}, or {@code **kwargs} with an empty name) are kept in two lists, each in
     * source order.
     */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
        public Call {
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code *value} in a display, an assignment target, or a call's positional arguments. */
    record Starred(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    // ---- operators ----

    /** {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code left op right}. */
    record BinOp(Pos pos, Expr left, BinaryOperator op, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code a and b and c}: one node for a run of the same operator, as in CPython ({@code values.size() >= 2}). */
    record BoolOp(Pos pos, BoolOperator op, List<Expr> values) implements Expr {
        public BoolOp { values = List.copyOf(values); }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code left op0 c0 op1 c1 ...}: a comparison chain ({@code ops.size() == comparators.size() >= 1}). */
    record Compare(Pos pos, Expr left, List<CompareOperator> ops, List<Expr> comparators) implements Expr {
        public Compare {
            ops = List.copyOf(ops);
            comparators = List.copyOf(comparators);
        }
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code body if test else orElse}. */
    record IfExp(Pos pos, Expr test, Expr body, Expr orElse) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code lambda params: body}. */
    record Lambda(Pos pos, Parameters params, Expr body) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code target := value}. */
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code yield} / {@code yield value}. */
    record Yield(Pos pos, Optional<Expr> value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** {@code yield from value}. */
    record YieldFrom(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** Exhaustive dispatch over every expression record. */
    interface Visitor<R> {
        R visit(Name e);
        R visit(NoneLiteral e);
        R visit(BoolLiteral e);
        R visit(IntLiteral e);
        R visit(FloatLiteral e);
        R visit(ImaginaryLiteral e);
        R visit(StringLiteral e);
        R visit(BytesLiteral e);
        R visit(EllipsisLiteral e);
        R visit(FString e);
        R visit(TupleLiteral e);
        R visit(ListLiteral e);
        R visit(SetLiteral e);
        R visit(DictLiteral e);
        R visit(ListComp e);
        R visit(SetComp e);
        R visit(DictComp e);
        R visit(GeneratorExp e);
        R visit(Attribute e);
        R visit(Subscript e);
        R visit(Slice e);
        R visit(Call e);
        R visit(Starred e);
        R visit(UnaryOp e);
        R visit(BinOp e);
        R visit(BoolOp e);
        R visit(Compare e);
        R visit(IfExp e);
        R visit(Lambda e);
        R visit(NamedExpr e);
        R visit(Yield e);
        R visit(YieldFrom e);
    }
}
