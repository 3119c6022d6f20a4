package dev.ndgrade.python.syntax;

/** Where code in one scope finds one name: CPython's symtable scopes, which decide the opcode that loads it. */
public enum NameScope {
    /** Bound in this function and seen by no nested scope. */
    LOCAL,
    /** Bound in this function and read by a nested scope, so it lives in a cell the closures share. */
    CELL,
    /** Bound in an enclosing function: reached through a cell of the closure. */
    FREE,
    /** Named by a {@code global} statement (or a comprehension's walrus at module level). */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: the module's globals, then the builtins. */
    GLOBAL_IMPLICIT,
    /** Module and class bodies look names up by name at run time (CPython's LOAD_NAME). */
    NAMESPACE
}
