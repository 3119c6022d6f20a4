package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.python.syntax.BinaryOperator;
import dev.ndgrade.python.syntax.BoolOperator;
import dev.ndgrade.python.syntax.Comprehension;
import dev.ndgrade.python.syntax.CompareOperator;
import dev.ndgrade.python.syntax.DictItem;
import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.FStringPart;
import dev.ndgrade.python.syntax.Stmt;
import dev.ndgrade.python.syntax.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Evaluates expressions, and performs assignment, augmented assignment and deletion of targets. */
public final class Evaluator implements Expr.Visitor<Object> {
    private final Interpreter interpreter;
    private final ComparisonSites comparisonSites = new ComparisonSites();

    Evaluator(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    public Object eval(Expr e) {
        try {
            return e.accept(this);
        } catch (UnsupportedFeature u) {
            throw u.at(e.pos());
        } catch (Unreproducible r) {
            throw UnsupportedFeature.of(r).at(e.pos());
        }
    }

    // ---- names and literals -----------------------------------------------------------------------------

    @Override
    public Object visit(Expr.Name e) {
        Object v = interpreter.frame().lookup(e.id());
        if (v == null) {
            v = Builtins.lookup(e.id(), interpreter);
            if (v == null) {
                throw Inventory.missing("builtins", e.id(), () -> PyException.nameError(e.id()));
            }
        }
        return v;
    }

    @Override public Object visit(Expr.NoneLiteral e) { return PyNone.NONE; }
    @Override public Object visit(Expr.BoolLiteral e) { return e.value(); }
    @Override public Object visit(Expr.IntLiteral e) { return Ints.of(e.value()); }
    @Override public Object visit(Expr.FloatLiteral e) { return e.value(); }
    @Override public Object visit(Expr.ImaginaryLiteral e) { return new PyComplex(0.0, e.imag()); }
    @Override public Object visit(Expr.StringLiteral e) { return e.value(); }
    @Override public Object visit(Expr.BytesLiteral e) { throw new UnsupportedFeature("bytes literals"); }
    @Override public Object visit(Expr.EllipsisLiteral e) { return PyEllipsis.ELLIPSIS; }

    @Override
    public Object visit(Expr.FString e) {
        interpreter.beforeCLevelCall();
        return render(e.parts());
    }

    /** The text of f-string parts; a field's format spec is itself rendered first ({@code f"{x:{w}.{p}f}"}). */
    private String render(List<FStringPart> parts) {
        StringBuilder sb = new StringBuilder();
        for (FStringPart p : parts) {
            if (p instanceof FStringPart.Text t) {
                sb.append(t.value());
            } else {
                FStringPart.Field f = (FStringPart.Field) p;
                Object v = Conversions.convert(eval(f.value()), f.conversion());
                sb.append(ValueFormat.format(v, render(f.formatSpec())));
            }
        }
        return sb.toString();
    }

    // ---- displays -----------------------------------------------------------------------------------------

    /**
     * Evaluates elements left to right; each one stays alive (on CPython's value stack) while the later ones are
     * evaluated, which {@code live_bytes()} in a later element can see.
     */
    List<Object> evalElements(List<Expr> elements) {
        List<Object> out = new ArrayList<>(elements.size());
        Temporaries held = interpreter.temporaries();
        int mark = held.mark();
        try {
            for (Expr x : elements) {
                if (x instanceof Expr.Starred s) {
                    List<Object> items = Iteration.iterate(eval(s.value()));
                    out.addAll(items);
                    items.forEach(held::hold);
                } else {
                    Object v = eval(x);
                    out.add(v);
                    held.hold(v);
                }
            }
        } finally {
            held.release(mark);
        }
        return out;
    }

    /**
     * Applies an operator while its operands are held alive: CPython pops them only after the operation, so the
     * result's buffer is allocated while a temporary operand still exists ({@code peak_bytes()} sees both).
     */
    private Object holding(Supplier<Object> operation, Object... operands) {
        Temporaries held = interpreter.temporaries();
        int mark = held.mark();
        for (Object operand : operands) {
            held.hold(operand);
        }
        try {
            return operation.get();
        } finally {
            held.release(mark);
        }
    }

    /** Evaluates {@code later} while {@code first} is held alive, as CPython's value stack holds an operand. */
    private Object whileHolding(Object first, Expr later) {
        Temporaries held = interpreter.temporaries();
        int mark = held.mark();
        held.hold(first);
        try {
            return eval(later);
        } finally {
            held.release(mark);
        }
    }

    @Override public Object visit(Expr.TupleLiteral e) { return PyTuple.of(evalElements(e.elements())); }
    @Override public Object visit(Expr.ListLiteral e) { return new PyList(evalElements(e.elements())); }
    /**
     * A set display: three or more constant elements are a frozenset constant merged into a new set, otherwise
     * elements are added in order (CPython's two code paths, which can order the same elements differently).
     */
    @Override
    public Object visit(Expr.SetLiteral e) {
        PySet set = new PySet(false);
        if (e.elements().size() > 2 && e.elements().stream().allMatch(Constants::isConstant)) {
            set.update(Constants.frozensetConstant(evalElements(e.elements())));
            return set;
        }
        for (Expr x : e.elements()) {
            if (x instanceof Expr.Starred s) {
                set.update(eval(s.value())); // SET_UPDATE: a set or dict operand is merged, not added item by item
            } else {
                Object v = eval(x);
                set.add(v, SetHash.of(v));
            }
        }
        return set;
    }

    @Override
    public Object visit(Expr.DictLiteral e) {
        PyDict d = new PyDict();
        for (DictItem item : e.items()) {
            if (item instanceof DictItem.KeyValue kv) {
                d.put(eval(kv.key()), eval(kv.value()));
                continue;
            }
            Object m = eval(((DictItem.Unpack) item).mapping());
            if (!(m instanceof PyDict mapping)) {
                throw PyException.typeError("'" + Types.shortName(m) + "' object is not a mapping");
            }
            mapping.pairs().forEach(kv -> d.put(kv[0], kv[1]));
        }
        return d;
    }

    @Override
    public Object visit(Expr.ListComp e) {
        PyList out = new PyList(new ArrayList<>());
        comprehension(e, e.generators(), out, eval(e.generators().get(0).iter()), () -> out.items().add(eval(e.element())));
        return out;
    }

    /**
     * Runs a comprehension in its own frame, as CPython 3.11 does: {@code firstIterable} was evaluated in the
     * enclosing scope; the loop variables are the comprehension's locals and never leak. The {@code result} being
     * built and the iterables being walked stay alive meanwhile, as on CPython's value stack.
     */
    void comprehension(Expr node, List<Comprehension> gens, Object result, Object firstIterable, Runnable element) {
        Temporaries held = interpreter.temporaries();
        int mark = held.mark();
        held.hold(result);
        try {
            interpreter.inComprehension(node, () -> loops(gens, 0, firstIterable, element));
        } finally {
            held.release(mark);
        }
    }

    private void loops(List<Comprehension> gens, int level, Object iterable, Runnable element) {
        Temporaries held = interpreter.temporaries();
        int mark = held.mark();
        held.hold(iterable);
        try {
            loop(gens, level, iterable, element);
        } finally {
            held.release(mark);
        }
    }

    private void loop(List<Comprehension> gens, int level, Object iterable, Runnable element) {
        Comprehension g = gens.get(level);
        for (Object item : Iteration.iterate(iterable)) {
            assign(g.target(), item);
            if (allTrue(g.conditions())) {
                if (level + 1 == gens.size()) {
                    element.run();
                } else {
                    loops(gens, level + 1, eval(gens.get(level + 1).iter()), element);
                }
            }
        }
    }

    private boolean allTrue(List<Expr> conditions) {
        for (Expr c : conditions) {
            if (!test(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object visit(Expr.SetComp e) {
        PySet set = new PySet(false);
        comprehension(e, e.generators(), set, eval(e.generators().get(0).iter()), () -> {
            Object v = eval(e.element());
            set.add(v, SetHash.of(v));
        });
        return set;
    }

    @Override
    public Object visit(Expr.DictComp e) {
        PyDict d = new PyDict();
        comprehension(e, e.generators(), d, eval(e.generators().get(0).iter()), () -> d.put(eval(e.key()), eval(e.value())));
        return d;
    }

    /** CPython's generator objects are lazy and print their address: only those a builtin consumes at once run. */
    @Override
    public Object visit(Expr.GeneratorExp e) {
        throw new UnsupportedFeature("generator expressions other than the only argument of list(), tuple(), "
                + "sorted(), sum(), min(), max(), any(), all() or str.join()");
    }

    // ---- primaries ----------------------------------------------------------------------------------------

    @Override
    public Object visit(Expr.Attribute e) {
        return Attributes.get(eval(e.value()), e.name());
    }

    @Override
    public Object visit(Expr.Subscript e) {
        Object target = eval(e.value());
        Object index = whileHolding(target, e.index());
        return holding(() -> Subscripts.get(target, index), target, index);
    }

    @Override
    public Object visit(Expr.Slice e) {
        return new PySlice(e.lower().map(this::eval).orElse(PyNone.NONE), e.upper().map(this::eval).orElse(PyNone.NONE),
                e.step().map(this::eval).orElse(PyNone.NONE));
    }

    @Override
    public Object visit(Expr.Call e) {
        Object f = eval(e.func());
        Temporaries held = interpreter.temporaries();
        int mark = held.mark();
        held.hold(f); // a bound method keeps its object alive while the arguments are evaluated
        try {
            if (GeneratorArgument.isSoleArgument(e)) {
                return new GeneratorArgument(interpreter, (Expr.GeneratorExp) e.args().get(0)).passTo(f, e.keywords());
            }
            int argumentsMark = held.mark();
            CallArguments arguments = new CallArguments(this, interpreter.temporaries(), f);
            List<Object> args = arguments.positional(e.args());
            args.forEach(held::hold);
            Map<String, Object> kwargs = arguments.keywords(e.keywords());
            if (f instanceof UserFunction && !CallArguments.unpacks(e)) {
                // CPython moves the arguments of a Python-to-Python call into the callee's locals
                held.release(argumentsMark);
            }
            return Calls.call(f, args, kwargs, interpreter);
        } finally {
            held.release(mark);
        }
    }

    @Override
    public Object visit(Expr.Starred e) {
        throw new UnsupportedFeature("starred expressions here");
    }

    // ---- operators ----------------------------------------------------------------------------------------

    @Override
    public Object visit(Expr.UnaryOp e) {
        Object v = eval(e.operand());
        return switch (e.op()) {
            case NOT -> !Truth.isTrue(v);
            default -> holding(() -> Operators.unary(e.op(), v), v);
        };
    }

    @Override
    public Object visit(Expr.BinOp e) {
        Object l = eval(e.left());
        Object r = whileHolding(l, e.right());
        return holding(() -> Operators.binary(e.op(), l, r), l, r);
    }

    @Override
    public Object visit(Expr.BoolOp e) {
        Object v = null;
        for (Expr x : e.values()) {
            v = eval(x);
            boolean t = Truth.isTrue(v);
            if (e.op() == BoolOperator.AND ? !t : t) {
                return v;
            }
        }
        return v;
    }

    @Override
    public Object visit(Expr.Compare e) {
        return compare(e, false);
    }

    /**
     * The truth of a test that decides a jump (if, while, conditional expression, comprehension condition, assert):
     * CPython compiles its comparisons, {@code not} and {@code and}/{@code or} into jumps.
     */
    boolean test(Expr e) {
        if (e instanceof Expr.Compare c) {
            return Truth.isTrue(compare(c, true));
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            return !test(u.operand());
        }
        if (e instanceof Expr.BoolOp b) {
            boolean and = b.op() == BoolOperator.AND;
            for (Expr x : b.values()) {
                if (test(x) != and) {
                    return !and;
                }
            }
            return and;
        }
        return Truth.isTrue(eval(e));
    }

    private Object compare(Expr.Compare e, boolean jumps) {
        Object left = eval(e.left());
        Object result = Boolean.TRUE;
        for (int i = 0; i < e.ops().size(); i++) {
            Object right = whileHolding(left, e.comparators().get(i));
            CompareOperator op = e.ops().get(i);
            if (op != CompareOperator.IS && op != CompareOperator.IS_NOT
                    && !(comparisonSites.specialized(e, op, left, right) && jumps)) {
                interpreter.beforeCLevelCall(); // PyObject_RichCompare's recursion check
            }
            Object l = left;
            result = holding(() -> Operators.compare(op, l, right), l, right);
            if (i < e.ops().size() - 1 && !Truth.isTrue(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }

    @Override
    public Object visit(Expr.IfExp e) {
        return test(e.test()) ? eval(e.body()) : eval(e.orElse());
    }

    /** A lambda is a function whose body returns its expression. */
    @Override
    public Object visit(Expr.Lambda e) {
        Stmt body = new Stmt.Return(e.body().pos(), Optional.of(e.body()));
        return interpreter.define(e, e.params(), Optional.empty(), List.of(body), PyNone.NONE);
    }

    @Override
    public Object visit(Expr.NamedExpr e) {
        Object v = eval(e.value());
        assign(e.target(), v);
        return v;
    }
    @Override public Object visit(Expr.Yield e) { throw new UnsupportedFeature("yield"); }
    @Override public Object visit(Expr.YieldFrom e) { throw new UnsupportedFeature("yield from"); }

    // ---- targets ------------------------------------------------------------------------------------------

    /** {@code target = value}. */
    public void assign(Expr target, Object value) {
        if (!(target instanceof Expr.Name n && interpreter.frame().isCallLocal(n.id()))) {
            interpreter.effect();
        }
        if (target instanceof Expr.Name n) {
            interpreter.frame().bind(n.id(), value);
        } else if (target instanceof Expr.TupleLiteral t) {
            unpack(t.elements(), value);
        } else if (target instanceof Expr.ListLiteral l) {
            unpack(l.elements(), value);
        } else if (target instanceof Expr.Subscript s) {
            Object obj = eval(s.value());
            Subscripts.set(obj, eval(s.index()), value);
        } else if (target instanceof Expr.Attribute a) {
            Attributes.set(eval(a.value()), a.name(), value);
        } else {
            throw new UnsupportedFeature("this assignment target");
        }
    }

    private void unpack(List<Expr> targets, Object value) {
        if (value instanceof PyInstance i) {
            throw SpecialMethods.notIterable(i, "cannot unpack non-iterable " + Types.shortName(value) + " object");
        }
        if (!(value instanceof PyList || value instanceof PyTuple || value instanceof PyRange || value instanceof String
                || value instanceof PyDict || value instanceof dev.ndgrade.ndarray.NdArray || value instanceof PyIterator
                || value instanceof DictView || value instanceof PySet)) {
            throw PyException.typeError("cannot unpack non-iterable " + Types.shortName(value) + " object");
        }
        List<Object> items = Iteration.iterate(value);
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        if (star < 0) {
            if (items.size() > targets.size()) {
                throw PyException.valueError("too many values to unpack (expected " + targets.size() + ")");
            }
            if (items.size() < targets.size()) {
                throw PyException.valueError("not enough values to unpack (expected " + targets.size() + ", got " + items.size() + ")");
            }
            for (int i = 0; i < targets.size(); i++) {
                assign(targets.get(i), items.get(i));
            }
            return;
        }
        int after = targets.size() - star - 1;
        if (items.size() < targets.size() - 1) {
            throw PyException.valueError("not enough values to unpack (expected at least " + (targets.size() - 1) + ", got " + items.size() + ")");
        }
        for (int i = 0; i < star; i++) {
            assign(targets.get(i), items.get(i));
        }
        assign(((Expr.Starred) targets.get(star)).value(), new PyList(items.subList(star, items.size() - after)));
        for (int i = 0; i < after; i++) {
            assign(targets.get(star + 1 + i), items.get(items.size() - after + i));
        }
    }

    /** {@code target op= value}: in place where the left value supports it (arrays, lists), else rebinding. */
    public void augmentedAssign(Expr target, BinaryOperator op, Expr valueExpr) {
        if (target instanceof Expr.Name n) {
            Object cur = visit(n);
            Object rhs = eval(valueExpr);
            Object result = Operators.inPlace(op, cur, rhs);
            if (result == cur || !interpreter.frame().isCallLocal(n.id())) {
                interpreter.effect(); // changed in place, or rebound where others can see it
            }
            interpreter.frame().bind(n.id(), result);
            return;
        }
        interpreter.effect();
        if (target instanceof Expr.Subscript s) {
            Object obj = eval(s.value());
            Object idx = eval(s.index());
            Object cur = Subscripts.get(obj, idx);
            Object rhs = eval(valueExpr);
            Subscripts.set(obj, idx, Operators.inPlace(op, cur, rhs));
        } else if (target instanceof Expr.Attribute a) {
            Object obj = eval(a.value());
            Object cur = Attributes.get(obj, a.name());
            Object rhs = eval(valueExpr);
            Attributes.set(obj, a.name(), Operators.inPlace(op, cur, rhs));
        } else {
            throw new UnsupportedFeature("this augmented assignment target");
        }
    }

    /** {@code del target}. */
    public void delete(Expr target) {
        if (!(target instanceof Expr.Name n && interpreter.frame().isCallLocal(n.id()))) {
            interpreter.effect();
        }
        if (target instanceof Expr.Name n) {
            interpreter.frame().delete(n.id());
        } else if (target instanceof Expr.Subscript s) {
            Subscripts.delete(eval(s.value()), eval(s.index()));
        } else if (target instanceof Expr.TupleLiteral t) {
            for (Expr x : t.elements()) {
                delete(x);
            }
        } else if (target instanceof Expr.ListLiteral l) {
            for (Expr x : l.elements()) {
                delete(x);
            }
        } else if (target instanceof Expr.Attribute a) {
            Object obj = eval(a.value());
            if (obj instanceof PyInstance i) {
                Classes.delete(i, a.name());
                return;
            }
            throw new PyException("AttributeError", "cannot delete attribute '" + a.name() + "' of " + Types.shortName(obj));
        } else {
            throw new UnsupportedFeature("this del target");
        }
    }
}
