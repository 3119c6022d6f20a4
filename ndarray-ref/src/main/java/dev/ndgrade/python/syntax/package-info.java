/**
 * Lexer, parser and immutable AST for the Python 3.11 subset that {@code ndgrade eval} runs, with CPython's syntax-error messages, and CPython's symbol table (which scope each name lives in).
 */
package dev.ndgrade.python.syntax;
