package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.ImportAlias;
import dev.ndgrade.python.syntax.Param;
import dev.ndgrade.python.syntax.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs statements the way CPython's interactive mode does: expression statements at module level (also inside
 * loops and conditionals there) print the repr of a non-None value; inside functions they do not.
 */
public final class Interpreter implements Stmt.Visitor<Void> {
    private final Frame globals = Frame.module();
    private final StringBuilder out;
    private final Evaluator evaluator;
    private Frame frame = globals;
    /** The repr the last module-level expression statement displayed; null when its value was None. */
    private String displayed;
    private final java.util.Map<Object, Long> ids = new java.util.IdentityHashMap<>();
    private final Temporaries temporaries = new Temporaries();
    private final java.util.Map<String, Object> builtins = new java.util.HashMap<>();
    private final Deque<PyBaseException> handling = new ArrayDeque<>();
    private final Deque<UserFunction> calls = new ArrayDeque<>();
    private final Map<UserFunction, PyType> methodClasses = new IdentityHashMap<>();
    private Frame classBody;

    public Interpreter(StringBuilder out) {
        this.out = out;
        this.evaluator = new Evaluator(this);
    }

    public Frame globals() {
        return globals;
    }

    Frame frame() {
        return frame;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    Temporaries temporaries() {
        return temporaries;
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
    Object builtin(String name, java.util.function.BiFunction<String, Interpreter, Object> maker) {
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

    /** Appends to the transcript (what {@code print} and the display hook write). */
    public void write(String text) {
        out.append(text);
    }

    public void execute(Stmt s) {
        try {
            s.accept(this);
        } catch (UnsupportedFeature u) {
            throw u.at(s.pos());
        }
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
        if (frame.isModule() && !(v instanceof PyNone)) {
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

    @Override
    public Void visit(Stmt.AnnAssign s) {
        if (s.value().isPresent()) {
            evaluator.assign(s.target(), evaluator.eval(s.value().get()));
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
                frame.bind(a.asName().get(), module);
            } else {
                String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
                frame.bind(top, Modules.importModule(top));
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
            Object value = module instanceof PyModule m && m.has(a.name()) ? m.get(a.name())
                    : Modules.importSubmodule(s.module().get(), a.name());
            frame.bind(a.asName().orElse(a.name()), value);
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Assert s) {
        if (!Truth.isTrue(evaluator.eval(s.test()))) {
            PyTuple args = s.message().map(m -> PyTuple.of(evaluator.eval(m))).orElse(PyTuple.EMPTY);
            throw new PyException(new PyBaseException(BuiltinClasses.builtin("AssertionError"), args));
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Return s) {
        if (frame.isModule()) {
            throw new UnsupportedFeature("'return' outside function");
        }
        throw new ControlFlow(ControlFlow.Kind.RETURN, s.value().map(evaluator::eval).orElse(PyNone.NONE));
    }

    @Override
    public Void visit(Stmt.Raise s) {
        RaiseStatement.run(s, this);
        return null;
    }

    @Override
    public Void visit(Stmt.Global s) {
        throw new UnsupportedFeature("the global statement");
    }

    @Override
    public Void visit(Stmt.Nonlocal s) {
        throw new UnsupportedFeature("the nonlocal statement");
    }

    @Override
    public Void visit(Stmt.If s) {
        if (Truth.isTrue(evaluator.eval(s.test()))) {
            executeAll(s.body());
        } else {
            executeAll(s.orElse());
        }
        return null;
    }

    @Override
    public Void visit(Stmt.For s) {
        Iterable<Object> items = Iteration.iterate(evaluator.eval(s.iter()));
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
        int guard = 0;
        while (Truth.isTrue(evaluator.eval(s.test()))) {
            if (++guard > 10_000_000) {
                throw new UnsupportedFeature("a while loop running more than 10,000,000 times");
            }
            if (!runLoopBody(s.body())) {
                return null;
            }
        }
        executeAll(s.orElse());
        return null;
    }

    @Override
    public Void visit(Stmt.FunctionDef s) {
        if (!s.decorators().isEmpty()) {
            throw new UnsupportedFeature("decorators");
        }
        if (!s.params().positionalOnly().isEmpty() || s.params().varArgs().isPresent()
                || !s.params().keywordOnly().isEmpty() || s.params().varKeywords().isPresent()) {
            throw new UnsupportedFeature("function parameters other than plain ones with defaults");
        }
        frame.bind(s.name(), new UserFunction(s, this));
        return null;
    }

    /** Calls a snippet-defined function: binds parameters (defaults evaluated now, a simplification), runs the body. */
    Object callUser(UserFunction f, Args args) {
        Stmt.FunctionDef def = f.definition();
        List<Param> params = def.params().regular();
        String[] names = params.stream().map(Param::name).toArray(String[]::new);
        String qualname = methodClasses.containsKey(f) ? methodClasses.get(f).name() + "." + def.name() : def.name();
        Object[] bound = new Args(qualname + "()", args.positional(), args.keywords()).bind(names);
        Frame local = globals.child();
        for (int i = 0; i < names.length; i++) {
            Object v = bound[i];
            if (v == null) {
                Optional<Expr> d = params.get(i).defaultValue();
                if (d.isEmpty()) {
                    throw PyException.typeError(qualname + "() missing 1 required positional argument: '" + names[i] + "'");
                }
                v = evaluator.eval(d.get());
            }
            local.bind(names[i], v);
        }
        Frame saved = frame;
        frame = local;
        calls.push(f);
        try {
            executeAll(def.body());
            return PyNone.NONE;
        } catch (ControlFlow c) {
            if (c.kind == ControlFlow.Kind.RETURN) {
                return c.value;
            }
            throw new UnsupportedFeature("'" + c.kind.name().toLowerCase(java.util.Locale.ROOT) + "' outside loop");
        } finally {
            calls.pop();
            frame = saved;
        }
    }

    @Override
    public Void visit(Stmt.ClassDef s) {
        frame.bind(s.name(), ClassDefinition.define(s, this));
        return null;
    }

    /** Runs a class body in a namespace of its own (names it reads fall back to the globals); returns its bindings. */
    Map<String, Object> runClassBody(List<Stmt> body) {
        Frame saved = frame;
        frame = globals.child();
        classBody = frame;
        try {
            executeAll(body);
            return new LinkedHashMap<>(frame.bindings());
        } finally {
            frame = saved;
            classBody = null;
        }
    }

    /** Whether a class body is running now (not a function it calls). */
    boolean inClassBody() {
        return frame == classBody;
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
