package dev.ndgrade.python.runtime;

/** Anything a snippet can call: builtins, NumPy functions, bound methods, types. */
@FunctionalInterface
public interface PyCallable {
    Object call(Args args);
}
