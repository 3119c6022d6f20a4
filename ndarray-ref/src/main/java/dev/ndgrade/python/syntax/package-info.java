/**
 * Lexer, parser and immutable AST for the Python 3.11 subset that {@code ndgrade eval} runs, with CPython's syntax-error messages.
 */
package dev.ndgrade.python.syntax;
