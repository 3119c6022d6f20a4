package dev.ndgrade.python;

import dev.ndgrade.limits.LimitExceeded;
import dev.ndgrade.limits.Limits;
import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.MemoryLedger;
import dev.ndgrade.python.runtime.Builtins;
import dev.ndgrade.python.runtime.FunctionLine;
import dev.ndgrade.python.runtime.Interpreter;
import dev.ndgrade.python.runtime.PyNone;
import dev.ndgrade.python.runtime.Repr;
import dev.ndgrade.python.syntax.CompileChecks;
import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.ImportAlias;
import dev.ndgrade.python.syntax.Module;
import dev.ndgrade.python.syntax.Pos;
import dev.ndgrade.python.syntax.PythonParser;
import dev.ndgrade.python.syntax.PythonSyntaxError;
import dev.ndgrade.python.syntax.Stmt;
import dev.ndgrade.python.syntax.SymbolTable;
import dev.ndgrade.python.syntax.TopLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One Python namespace with {@code import numpy as np} done and the builtin {@code live_bytes()}: runs snippets the
 * way CPython's interactive mode does (each top-level unit compiled in 'single' mode), unit by unit, under
 * {@link Limits} (steps, time and array bytes per unit, output per file). A unit that goes over a limit prints one
 * {@code LimitError} line and the run goes on; the units after it see whatever it had done when it was stopped.
 */
public final class Session {
    /** How long past its time limit a unit may run where no charge looks at the clock, before it is given up. */
    private static final long GRACE_NANOS = 5_000_000_000L;

    private final StringBuilder out = new StringBuilder();
    private final Interpreter interpreter = new Interpreter(out);
    private final Meter meter;
    private final Worker worker;
    private volatile int currentLine;
    private boolean givenUp;

    private Session(Limits limits) {
        this.meter = new Meter(limits);
        this.worker = new Worker(meter, GRACE_NANOS);
        Pos start = new Pos(0, 0);
        interpreter.execute(new Stmt.Import(start, List.of(new ImportAlias(start, "numpy", Optional.of("np")))));
    }

    /** A session under the default limits. */
    public static Session create() {
        return create(Limits.DEFAULT);
    }

    public static Session create(Limits limits) {
        return new Session(limits);
    }

    /**
     * Runs every top-level unit of {@code source}. A unit that raises prints {@code Type: message} and the run goes on;
     * code outside the subset prints {@code UnsupportedError: …} naming file, line and column; a unit over a limit
     * prints {@code LimitError: …}; a file that does not parse prints Python's {@code SyntaxError} line and runs nothing.
     */
    public Transcript run(String source, String fileName) {
        if (givenUp) {
            return stopped(List.of(), ErrorLine.limit("an earlier unit of this session could not be stopped",
                    fileName, 1), 1);
        }
        List<UnitOutcome> finished = new CopyOnWriteArrayList<>();
        Optional<Transcript> transcript = worker.call(() -> runHere(source, fileName, finished));
        if (transcript.isPresent()) {
            return transcript.get();
        }
        givenUp = true; // its thread may still hold the namespace: nothing may run in it again
        int line = currentLine;
        String what = meter.exceeded("this unit's run time", "seconds").getMessage();
        return stopped(List.copyOf(finished), ErrorLine.limit(what, fileName, line), line);
    }

    private Transcript runHere(String source, String fileName, List<UnitOutcome> finished) {
        meter.startFile();
        currentLine = 1;
        Module module;
        try {
            module = PythonParser.parseModule(source, fileName);
        } catch (PythonSyntaxError e) {
            String text = e.pythonLine() + "\n";
            out.append(text);
            return new Transcript(text, List.of(new UnitOutcome(e.line(), source, text, Optional.empty(),
                    Optional.of(e.kind().pythonName()), Optional.of(e.pythonMessage()))));
        } catch (StackOverflowError | OutOfMemoryError e) {
            return stopped(List.of(), ErrorLine.of(e, fileName, 1), 1);
        }
        int start = out.length();
        interpreter.trackPeakFor(source);
        try {
            for (TopLevel unit : module.units()) {
                currentLine = unit.firstLine();
                meter.startUnit();
                finished.add(runUnit(unit, fileName));
            }
        } finally {
            interpreter.stopTrackingPeak();
        }
        return new Transcript(out.substring(start), finished);
    }

    /** The transcript of a run that ended early: the units that finished, then the line saying why it stopped. */
    private static Transcript stopped(List<UnitOutcome> finished, ErrorLine why, int line) {
        StringBuilder text = new StringBuilder();
        finished.forEach(u -> text.append(u.output()));
        String last = why.text() + "\n";
        List<UnitOutcome> units = new ArrayList<>(finished);
        units.add(new UnitOutcome(line, "", last, Optional.empty(), Optional.of(why.type()),
                Optional.of(why.message())));
        return new Transcript(text.append(last).toString(), units);
    }

    private UnitOutcome runUnit(TopLevel unit, String fileName) {
        int start = out.length();
        Optional<String> value = Optional.empty();
        try {
            value = executeUnit(unit, fileName);
        } catch (RuntimeException | Error e) { // every failure is one line of this unit's transcript
            ErrorLine error = ErrorLine.of(e, fileName, unit.firstLine());
            out.append(error.text()).append('\n');
            return new UnitOutcome(unit.firstLine(), unit.source(), out.substring(start), Optional.empty(),
                    Optional.of(error.type()), Optional.of(error.message()));
        }
        return new UnitOutcome(unit.firstLine(), unit.source(), out.substring(start), value,
                Optional.empty(), Optional.empty());
    }

    /** Runs one unit's statements; the repr its last statement displayed, if that was an expression with a value. */
    private Optional<String> executeUnit(TopLevel unit, String fileName) {
        interpreter.declare(CompileChecks.check(unit, fileName));
        Optional<String> value = Optional.empty();
        for (Stmt s : unit.statements()) {
            interpreter.execute(s);
            // what print() prints is output, not a displayed value
            value = s instanceof Stmt.ExprStmt ? interpreter.displayed() : Optional.empty();
        }
        return value;
    }

    /**
     * Runs {@code source} as CPython runs a file ({@code exec} mode) in this namespace, under the session's limits:
     * statements in order, expression statements print nothing, and the first exception stops it. Code outside the
     * subset and a unit over a limit stop it too, as errors of their own type. {@code peak_bytes()} counts from the
     * program's start.
     */
    public ProgramResult exec(String source, String fileName) {
        if (givenUp) {
            return stoppedProgram(ErrorLine.limit("an earlier unit of this session could not be stopped", fileName, 1),
                    1);
        }
        Optional<ProgramResult> result = worker.call(() -> execHere(source, fileName));
        if (result.isPresent()) {
            return result.get();
        }
        givenUp = true; // its thread may still hold the namespace: nothing may run in it again
        int line = currentLine;
        return stoppedProgram(ErrorLine.limit(meter.exceeded("this unit's run time", "seconds").getMessage(),
                fileName, line), line);
    }

    private ProgramResult execHere(String source, String fileName) {
        meter.startFile();
        currentLine = 1;
        interpreter.runAsProgram();
        int start = out.length();
        Module module;
        try {
            module = PythonParser.parseModule(source, fileName);
        } catch (PythonSyntaxError e) {
            return stoppedProgram(new ErrorLine(e.kind().pythonName(), e.pythonMessage() + " (" + fileName + ", line "
                    + e.line() + ")"), e.line());
        }
        interpreter.trackPeakFor(source);
        try {
            for (TopLevel unit : module.units()) {
                currentLine = unit.firstLine();
                meter.startUnit();
                try {
                    executeUnit(unit, fileName);
                } catch (RuntimeException | Error e) {
                    FunctionLine in = e instanceof RuntimeException r ? interpreter.raisedIn(r).orElse(null) : null;
                    // a limit inside a function names the statement it ran in; that may be another file's line
                    ErrorLine error = e instanceof LimitExceeded limit && in != null
                            ? ErrorLine.limit(limit.getMessage(), fileName, unit.firstLine())
                            : ErrorLine.of(e, fileName, unit.firstLine());
                    return new ProgramResult(out.substring(start), Optional.of(new ProgramError(error.type(),
                            error.message(), unit.firstLine(), in)));
                }
            }
        } finally {
            interpreter.stopTrackingPeak();
        }
        return new ProgramResult(out.substring(start), Optional.empty());
    }

    private static ProgramResult stoppedProgram(ErrorLine why, int line) {
        return new ProgramResult("", Optional.of(new ProgramError(why.type(), why.message(), line, null)));
    }

    /** The value bound to {@code name}, or null. */
    public Object get(String name) {
        return interpreter.globals().lookup(name);
    }

    /** User-bound names in first-binding order ({@code np} excluded). */
    public List<String> names() {
        List<String> names = new ArrayList<>(interpreter.globals().bindings().keySet());
        names.remove("np");
        return names;
    }

    public String repr(Object value) {
        return Repr.repr(value);
    }

    /**
     * Evaluates one expression in this namespace (e.g. a student's answer {@code array([17, 2, 3])}), under the same
     * limits as a unit.
     *
     * @throws PythonException what the expression raised, {@code UnsupportedError} or {@code LimitError} included
     */
    public Object evalExpression(String source) {
        if (givenUp) {
            throw new PythonException(LimitExceeded.TYPE_NAME, "an earlier unit of this session could not be stopped");
        }
        Optional<Object> value = worker.call(() -> evalHere(source));
        if (value.isEmpty()) {
            givenUp = true;
            throw new PythonException(LimitExceeded.TYPE_NAME, meter.exceeded("this unit's run time", "seconds").getMessage());
        }
        return value.get();
    }

    private Object evalHere(String source) {
        meter.startFile();
        meter.startUnit();
        try {
            Expr e = PythonParser.parseExpression(source, "<answer>");
            interpreter.declare(SymbolTable.ofExpression(e, (pos, message) -> new PythonSyntaxError(
                    PythonSyntaxError.Kind.SYNTAX_ERROR, message, "<answer>", pos.line(), pos.column() + 1)));
            Object v = interpreter.evaluator().eval(e);
            return v == null ? PyNone.NONE : v;
        } catch (PythonSyntaxError e) {
            throw new PythonException(e.kind().pythonName(), e.pythonMessage());
        } catch (RuntimeException | Error e) {
            ErrorLine error = ErrorLine.of(e, "<answer>", 1);
            throw new PythonException(error.type(), error.message());
        }
    }

    /** Bytes of array data alive now, as {@code live_bytes()} reports. */
    public long liveBytes() {
        return Builtins.ledger(interpreter).liveBytes();
    }

    /** The memory ledger: live buffers and the names keeping each alive. */
    public MemoryLedger ledger() {
        return Builtins.ledger(interpreter);
    }
}
