package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Stmt;

/** A function defined by a snippet's {@code def}. */
public record UserFunction(Stmt.FunctionDef definition, Interpreter interpreter) implements PyCallable {
    @Override
    public Object call(Args args) {
        return interpreter.callUser(this, args);
    }
}
