package dev.ndgrade.python.runtime;

import dev.ndgrade.limits.LimitExceeded;
import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.ImportAlias;
import dev.ndgrade.python.syntax.Param;
import dev.ndgrade.python.syntax.Parameters;
import dev.ndgrade.python.syntax.Scope;
import dev.ndgrade.python.syntax.Stmt;
import dev.ndgrade.python.syntax.SymbolTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs statements the way CPython's interactive mode does: expression statements at module level (also inside
 * loops and conditionals there) print the repr of a non-None value; inside functions they do not.
 */
public final class Interpreter implements Stmt.Visitor<Void> {
    private final Frame globals = Frame.module();
    private final CallStack stack = new CallStack(this, globals);
    /** The scope of every def, lambda, class and comprehension compiled so far, by its AST node. */
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    /** Why observable effects are refused now, or null: see {@link #refusingEffects}. */
    private String effectsRefused;
    private final StringBuilder out;
    private final Evaluator evaluator;
    /** The repr the last module-level expression statement displayed; null when its value was None. */
    private String displayed;
    private final Map<Object, Long> ids = new IdentityHashMap<>();
    private final Temporaries temporaries = new Temporaries();
    private final Map<String, Object> builtins = new HashMap<>();
    private final Deque<PyBaseException> handling = new ArrayDeque<>();
    private final Deque<UserFunction> calls = new ArrayDeque<>();
    private PeakTracker peak;
    /** The last exception that left a function's statement, and that statement's place. */
    private RuntimeException escaped;
    private FunctionLine escapedFrom;
    private final Map<UserFunction, PyType> methodClasses = new IdentityHashMap<>();
    /** Interactive mode echoes top-level expression values; a file run as a program does not. */
    private boolean echo = true;
    private final LegacyRandom legacyRandom = new LegacyRandom();

    public Interpreter(StringBuilder out) {
        this.out = out;
        this.evaluator = new Evaluator(this);
    }

    public Frame globals() {
        return globals;
    }

    Frame frame() {
        return stack.current();
    }

    /** The module's frame and every frame of a call still running, outermost first. */
    List<Frame> frames() {
        return stack.frames();
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    /** The global state of np.random's legacy functions in this session. */
    LegacyRandom legacyRandom() {
        return legacyRandom;
    }

    Temporaries temporaries() {
        return temporaries;
    }

    /**
     * Starts {@code peak_bytes()} from what is alive now when {@code source} names it, and stops it otherwise:
     * tracking walks the namespace at every allocation, which code that never asks should not pay for.
     */
    public void trackPeakFor(String source) {
        peak = source.contains("peak_bytes") ? new PeakTracker(this) : null;
        Buffer.observeAllocations(peak);
    }

    /** Stops telling this interpreter of allocations (the thread may run another session next). */
    public void stopTrackingPeak() {
        Buffer.observeAllocations(null);
    }

    /** {@code peak_bytes()}: the most array bytes alive at once since the code that asks began. */
    long peakBytes() {
        if (peak == null) {
            throw new UnsupportedFeature("peak_bytes() reached without being named in the code that runs");
        }
        return peak.peak();
    }

    /** The exceptions being handled (innermost first): what a bare {@code raise} re-raises. */
    Deque<PyBaseException> handling() {
        return handling;
    }

    /** The snippet function running now, or null at module level. */
    UserFunction runningFunction() {
        return calls.peek();
    }

    /** Records that {@code f} was defined in the body of class {@code owner}: its {@code __class__} for super(). */
    void defineMethod(UserFunction f, PyType owner) {
        methodClasses.put(f, owner);
    }

    /** The class whose body defined {@code f}, or null. */
    PyType methodClass(UserFunction f) {
        return methodClasses.get(f);
    }

    /** This interpreter's builtin {@code name}, made by {@code maker} on first use and then always the same object. */
    Object builtin(String name, BiFunction<String, Interpreter, Object> maker) {
        Object f = builtins.get(name);
        if (f == null && !builtins.containsKey(name)) {
            f = maker.apply(name, this);
            builtins.put(name, f);
        }
        return f;
    }

    /**
     * {@code id(x)}: a number unique to the object while this session runs (CPython's are addresses, which a
     * transcript must not depend on; only their equality is meaningful).
     */
    long identity(Object v) {
        return ids.computeIfAbsent(v, k -> 140_000_000_000_000L + 16L * ids.size());
    }

    /** Appends to the transcript (what {@code print} and the display hook write), within the output limit. */
    public void write(String text) {
        effect();
        Meter.current().print(text);
        out.append(text);
    }

    /** Runs what follows as a program (CPython's exec mode) rather than interactively: expression statements print nothing. */
    public void runAsProgram() {
        echo = false;
    }

    /** Makes the scopes of a compiled unit known: its functions and comprehensions run with them. */
    public void declare(SymbolTable table) {
        scopes.putAll(table.scopes());
    }

    private Scope scopeOf(Object node) {
        Scope scope = scopes.get(node);
        if (scope == null) {
            throw new IllegalStateException("no symbol table was declared for this code");
        }
        return scope;
    }

    /**
     * Called before anything observable happens: output, a mutation, rebinding a name outside a call's own locals.
     * While ndgrade runs code CPython might not run ({@link #refusingEffects}), it stops there instead.
     */
    void effect() {
        if (effectsRefused != null) {
            throw new UnsupportedFeature(effectsRefused);
        }
    }

    /**
     * Runs {@code body}, which CPython might not run at all (or not all of it), refusing as unsupported, for
     * {@code why}, whatever would let the difference show.
     */
    <T> T refusingEffects(String why, Supplier<T> body) {
        String outer = effectsRefused;
        effectsRefused = why;
        try {
            return body.get();
        } finally {
            effectsRefused = outer;
        }
    }

    public void execute(Stmt s) {
        try {
            Meter.current().step();
            s.accept(this);
        } catch (UnsupportedFeature u) {
            throw noteEscape(u.at(s.pos()), s);
        } catch (Unreproducible r) {
            throw noteEscape(UnsupportedFeature.of(r).at(s.pos()), s);
        } catch (LimitExceeded e) {
            throw noteEscape(e.at(s.pos().line()), s);
        } catch (ControlFlow c) {
            throw c;
        } catch (RuntimeException e) {
            throw noteEscape(e, s);
        }
    }

    /** Remembers where inside a function {@code e} was raised: the innermost statement it leaves, once. */
    private RuntimeException noteEscape(RuntimeException e, Stmt s) {
        if (e != escaped && !calls.isEmpty()) {
            escaped = e;
            escapedFrom = new FunctionLine(calls.peek().qualname(), s.pos().line());
        }
        return e;
    }

    /** Where inside a function {@code e} was raised, if it was raised inside one. */
    public Optional<FunctionLine> raisedIn(RuntimeException e) {
        return e == escaped ? Optional.of(escapedFrom) : Optional.empty();
    }

    void executeAll(List<Stmt> body) {
        for (Stmt s : body) {
            execute(s);
        }
    }

    @Override
    public Void visit(Stmt.ExprStmt s) {
        displayed = null;
        Object v = evaluator.eval(s.value());
        if (echo && frame().isModule() && !(v instanceof PyNone)) {
            displayed = Repr.repr(v);
            write(displayed);
            write("\n");
        }
        return null;
    }

    /**
     * The repr the last module-level expression statement displayed, empty when its value was
     * None: {@code print(x)} prints but displays nothing.
     */
    public Optional<String> displayed() {
        return Optional.ofNullable(displayed);
    }

    @Override
    public Void visit(Stmt.Assign s) {
        Object v = evaluator.eval(s.value());
        for (Expr target : s.targets()) {
            evaluator.assign(target, v);
        }
        return null;
    }

    @Override
    public Void visit(Stmt.AugAssign s) {
        evaluator.augmentedAssign(s.target(), s.op(), s.value());
        return null;
    }

    /** The value is assigned first; the annotation is evaluated last, and only outside functions. */
    @Override
    public Void visit(Stmt.AnnAssign s) {
        if (s.value().isPresent()) {
            evaluator.assign(s.target(), evaluator.eval(s.value().get()));
        }
        if (frame().isModule()) {
            evaluator.eval(s.annotation());
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Delete s) {
        for (Expr t : s.targets()) {
            evaluator.delete(t);
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visit(Stmt.Break s) {
        throw new ControlFlow(ControlFlow.Kind.BREAK, null);
    }

    @Override
    public Void visit(Stmt.Continue s) {
        throw new ControlFlow(ControlFlow.Kind.CONTINUE, null);
    }

    @Override
    public Void visit(Stmt.Import s) {
        for (ImportAlias a : s.names()) {
            Object module = Modules.importModule(a.name());
            if (a.asName().isPresent()) {
                frame().bind(a.asName().get(), module);
            } else {
                String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
                frame().bind(top, Modules.importModule(top));
            }
        }
        return null;
    }

    @Override
    public Void visit(Stmt.ImportFrom s) {
        if (s.level() != 0 || s.module().isEmpty()) {
            throw new UnsupportedFeature("relative imports");
        }
        Object module = Modules.importModule(s.module().get());
        for (ImportAlias a : s.names()) {
            if (a.name().equals("*")) {
                throw new UnsupportedFeature("'from … import *'");
            }
            PyModule m = (PyModule) module;
            Object value = m.has(a.name()) ? m.get(a.name()) : Modules.importSubmodule(m, a.name());
            frame().bind(a.asName().orElse(a.name()), value);
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Assert s) {
        if (!evaluator.test(s.test())) {
            PyTuple args = s.message().map(m -> PyTuple.of(evaluator.eval(m))).orElse(PyTuple.EMPTY);
            throw new PyException(new PyBaseException(BuiltinClasses.builtin("AssertionError"), args));
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Return s) {
        if (frame().isModule()) {
            throw new UnsupportedFeature("'return' outside function");
        }
        throw new ControlFlow(ControlFlow.Kind.RETURN, s.value().map(evaluator::eval).orElse(PyNone.NONE));
    }

    @Override
    public Void visit(Stmt.Raise s) {
        RaiseStatement.run(s, this);
        return null;
    }

    /** The symbol table already made the declared names global: nothing happens at run time. */
    @Override
    public Void visit(Stmt.Global s) {
        return null;
    }

    /** The symbol table already made the declared names free variables: nothing happens at run time. */
    @Override
    public Void visit(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visit(Stmt.If s) {
        if (evaluator.test(s.test())) {
            executeAll(s.body());
        } else {
            executeAll(s.orElse());
        }
        return null;
    }

    @Override
    public Void visit(Stmt.For s) {
        Object iterable = evaluator.eval(s.iter());
        Iterable<Object> items = () -> Iteration.lazy(iterable); // the loop sees changes to what it iterates
        for (Object item : items) {
            evaluator.assign(s.target(), item);
            if (!runLoopBody(s.body())) {
                return null;
            }
        }
        executeAll(s.orElse());
        return null;
    }

    /** One pass of a loop body; false when it ended with {@code break} ({@code return} passes through). */
    private boolean runLoopBody(List<Stmt> body) {
        try {
            executeAll(body);
            return true;
        } catch (ControlFlow c) {
            if (c.kind == ControlFlow.Kind.RETURN) {
                throw c;
            }
            return c.kind != ControlFlow.Kind.BREAK;
        }
    }

    @Override
    public Void visit(Stmt.While s) {
        while (evaluator.test(s.test())) {
            Meter.current().step(); // an iteration, as the for loop's items each cost one
            if (!runLoopBody(s.body())) {
                return null;
            }
        }
        executeAll(s.orElse());
        return null;
    }

    /** Decorators are evaluated first, then the function is made, then the decorators apply innermost first. */
    @Override
    public Void visit(Stmt.FunctionDef s) {
        List<Object> decorators = s.decorators().stream().map(evaluator::eval).toList();
        Object f = define(s, s.params(), s.returns(), s.body(), FunctionCode.docstring(s.body()));
        for (int i = decorators.size() - 1; i >= 0; i--) {
            f = Calls.call(decorators.get(i), List.of(f), Map.of(), this);
        }
        frame().bind(s.name(), f);
        return null;
    }

    /**
     * Makes the function a def or lambda defines: defaults and annotations are evaluated now, once, and the closure
     * takes this frame's cells of the function's free variables.
     */
    UserFunction define(Object node, Parameters params, Optional<Expr> returns, List<Stmt> body, Object doc) {
        List<Object> defaults = new ArrayList<>();
        for (Param p : params.positionalOnly()) {
            p.defaultValue().ifPresent(d -> defaults.add(evaluator.eval(d)));
        }
        for (Param p : params.regular()) {
            p.defaultValue().ifPresent(d -> defaults.add(evaluator.eval(d)));
        }
        Map<String, Object> keywordDefaults = new LinkedHashMap<>();
        for (Param p : params.keywordOnly()) {
            p.defaultValue().ifPresent(d -> keywordDefaults.put(p.name(), evaluator.eval(d)));
        }
        Parameters.all(params).forEach(p -> p.annotation().ifPresent(evaluator::eval));
        returns.ifPresent(evaluator::eval);
        Scope scope = scopeOf(node);
        return new UserFunction(new FunctionCode(node, params, body, scope, doc), defaults, keywordDefaults, closure(scope), this);
    }

    private Map<String, Cell> closure(Scope scope) {
        Map<String, Cell> cells = new HashMap<>();
        scope.freeNames().forEach(name -> cells.put(name, frame().cell(name)));
        return cells;
    }

    /** Calls a snippet-defined function: binds the arguments, runs the body in a new frame. */
    Object callUser(UserFunction f, List<Object> args, Map<String, Object> keywords) {
        FunctionCode code = f.code();
        Map<String, Object> bound = ParameterBinding.bind(f, args, keywords);
        if (code.scope().generator()) {
            throw new UnsupportedFeature("generator functions");
        }
        Frame local = Frame.call(globals, code.scope(), f.closure());
        bound.forEach(local::bind);
        return stack.call(local, () -> {
            calls.push(f);
            try {
                executeAll(code.body());
                return PyNone.NONE;
            } catch (ControlFlow c) {
                if (c.kind == ControlFlow.Kind.RETURN) {
                    return c.value;
                }
                throw new UnsupportedFeature("'" + c.kind.name().toLowerCase(Locale.ROOT) + "' outside loop");
            } finally {
                calls.pop();
            }
        });
    }

    /** See {@link CallStack#beforeCLevelCall()}. */
    void beforeCLevelCall() {
        stack.beforeCLevelCall();
    }

    /** Runs a comprehension's loops in its own frame, as CPython 3.11 runs them in a function of their own. */
    void inComprehension(Expr node, Runnable loops) {
        Scope scope = scopeOf(node);
        stack.call(Frame.call(globals, scope, closure(scope)), () -> {
            loops.run();
            return null;
        });
    }

    @Override
    public Void visit(Stmt.ClassDef s) {
        frame().bind(s.name(), ClassDefinition.define(s, this));
        return null;
    }

    /** Runs a class body in a namespace of its own (names it reads fall back to the globals); returns its bindings. */
    Map<String, Object> runClassBody(Stmt.ClassDef s) {
        Frame body = Frame.classBody(globals, scopeOf(s));
        stack.call(body, () -> {
            executeAll(s.body());
            return null;
        });
        return new LinkedHashMap<>(body.bindings());
    }

    @Override
    public Void visit(Stmt.With s) {
        throw new UnsupportedFeature("the with statement");
    }

    @Override
    public Void visit(Stmt.Try s) {
        TryStatement.run(s, this);
        return null;
    }
}
