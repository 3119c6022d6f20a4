package dev.ndgrade.python;

import dev.ndgrade.ndarray.NumpyException;
import dev.ndgrade.python.runtime.Builtins;
import dev.ndgrade.python.runtime.Interpreter;
import dev.ndgrade.python.runtime.PyException;
import dev.ndgrade.python.runtime.PyNone;
import dev.ndgrade.python.runtime.Repr;
import dev.ndgrade.python.runtime.UnsupportedFeature;
import dev.ndgrade.python.syntax.CompileChecks;
import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.Module;
import dev.ndgrade.python.syntax.PythonParser;
import dev.ndgrade.python.syntax.PythonSyntaxError;
import dev.ndgrade.python.syntax.Stmt;
import dev.ndgrade.python.syntax.SymbolTable;
import dev.ndgrade.python.syntax.TopLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Python namespace with {@code import numpy as np} done and the builtin {@code live_bytes()}: runs snippets the
 * way CPython's interactive mode does (each top-level unit compiled in 'single' mode), unit by unit.
 */
public final class Session {
    private final StringBuilder out = new StringBuilder();
    private final Interpreter interpreter = new Interpreter(out);

    private Session() {
        interpreter.execute(new Stmt.Import(new dev.ndgrade.python.syntax.Pos(0, 0),
                List.of(new dev.ndgrade.python.syntax.ImportAlias(new dev.ndgrade.python.syntax.Pos(0, 0), "numpy", Optional.of("np")))));
    }

    public static Session create() {
        return new Session();
    }

    /**
     * Runs every top-level unit of {@code source}. A unit that raises prints {@code Type: message} and the run goes on;
     * code outside the subset prints {@code UnsupportedError: …} naming file, line and column; a file that does not
     * parse prints Python's {@code SyntaxError} line and runs nothing.
     */
    public Transcript run(String source, String fileName) {
        Module module;
        try {
            module = PythonParser.parseModule(source, fileName);
        } catch (PythonSyntaxError e) {
            String text = e.pythonLine() + "\n";
            out.append(text);
            return new Transcript(text, List.of(new UnitOutcome(e.line(), source, text, Optional.empty(),
                    Optional.of(e.kind().pythonName()), Optional.of(e.pythonMessage()))));
        }
        int start = out.length();
        List<UnitOutcome> outcomes = new ArrayList<>();
        for (TopLevel unit : module.units()) {
            outcomes.add(runUnit(unit, fileName));
        }
        return new Transcript(out.substring(start), outcomes);
    }

    private UnitOutcome runUnit(TopLevel unit, String fileName) {
        int start = out.length();
        Optional<String> value = Optional.empty();
        String errorType = null;
        String errorMessage = null;
        try {
            interpreter.declare(CompileChecks.check(unit, fileName));
            for (Stmt s : unit.statements()) {
                interpreter.execute(s);
                // what print() prints is output, not a displayed value
                value = s instanceof Stmt.ExprStmt ? interpreter.displayed() : Optional.empty();
            }
        } catch (PythonSyntaxError e) {
            // CPython compiles each unit on its own, so the line it reports counts from the unit's first line
            errorType = e.kind().pythonName();
            errorMessage = e.pythonMessage() + " (" + baseName(fileName) + ", line " + (e.line() - unit.firstLine() + 1) + ")";
        } catch (PyException e) {
            errorType = e.pyType();
            Optional<String> message = e.printableMessage();
            errorMessage = message.orElse(null);
            if (!e.isException() || message.isEmpty()) {
                // SystemExit, KeyboardInterrupt…: CPython's interactive loop would stop, not print a line
                errorType = "UnsupportedError";
                errorMessage = "ndgrade does not support " + (message.isEmpty() ? "printing this " + e.pyType()
                        : "letting " + e.pyType() + " escape") + " (" + fileName + ", line " + unit.firstLine() + ")";
            }
        } catch (NumpyException e) {
            errorType = e.pyType();
            errorMessage = e.getMessage();
        } catch (UnsupportedFeature e) {
            errorType = "UnsupportedError";
            errorMessage = "ndgrade does not support " + e.getMessage() + " (" + fileName + e.pos()
                    .map(p -> ", line " + p.line() + ", column " + (p.column() + 1)).orElse(", line " + unit.firstLine()) + ")";
        } catch (StackOverflowError e) {
            errorType = "RecursionError";
            errorMessage = "maximum recursion depth exceeded";
        } catch (RuntimeException e) {
            errorType = "UnsupportedError";
            errorMessage = "ndgrade could not run this (" + e.getClass().getSimpleName() + ") (" + fileName + ", line " + unit.firstLine() + ")";
        }
        if (errorType != null) {
            out.append(errorType).append(": ").append(errorMessage).append('\n');
            value = Optional.empty();
        }
        return new UnitOutcome(unit.firstLine(), unit.source(), out.substring(start), value,
                Optional.ofNullable(errorType), Optional.ofNullable(errorMessage));
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
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

    /** Evaluates one expression in this namespace (e.g. a student's answer {@code array([17, 2, 3])}). */
    public Object evalExpression(String source) {
        Expr e;
        try {
            e = PythonParser.parseExpression(source, "<answer>");
            interpreter.declare(SymbolTable.ofExpression(e, (pos, message) -> new PythonSyntaxError(
                    PythonSyntaxError.Kind.SYNTAX_ERROR, message, "<answer>", pos.line(), pos.column() + 1)));
        } catch (PythonSyntaxError ex) {
            throw new PythonException(ex.kind().pythonName(), ex.pythonMessage());
        }
        try {
            Object v = interpreter.evaluator().eval(e);
            return v == null ? PyNone.NONE : v;
        } catch (PyException ex) {
            throw new PythonException(ex.pyType(), ex.getMessage());
        } catch (NumpyException ex) {
            throw new PythonException(ex.pyType(), ex.getMessage());
        } catch (UnsupportedFeature ex) {
            throw new PythonException("UnsupportedError", "ndgrade does not support " + ex.getMessage());
        }
    }

    /** Bytes of array data alive now, as {@code live_bytes()} reports. */
    public long liveBytes() {
        return Builtins.ledger(interpreter).liveBytes();
    }

    /** The memory ledger: live buffers and the names keeping each alive. */
    public dev.ndgrade.ndarray.MemoryLedger ledger() {
        return Builtins.ledger(interpreter);
    }
}
