package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** PEG combinators shared by the grammar layers: repetition, separated lists, lookahead. */
abstract class GrammarSupport extends TokenCursor {

    GrammarSupport(List<Token> tokens, LexicalError lexicalError, String fileName, String messagePrefix,
                   int errorColumnShift) {
        super(tokens, lexicalError, fileName, messagePrefix, errorColumnShift);
    }

    /** {@code sep.elem+}: one or more elements separated by {@code sep} (no trailing separator consumed). */
    protected final <T> List<T> gather(String sep, Supplier<T> element) {
        int start = mark;
        T first = element.get();
        if (first == null) {
            mark = start;
            return null;
        }
        List<T> items = new ArrayList<>();
        items.add(first);
        while (true) {
            int before = mark;
            if (expectOp(sep) == null) {
                break;
            }
            T next = element.get();
            if (next == null) {
                mark = before;
                break;
            }
            items.add(next);
        }
        return items;
    }

    /** {@code elem*}: never null. */
    protected final <T> List<T> zeroOrMore(Supplier<T> element) {
        List<T> items = new ArrayList<>();
        while (true) {
            int before = mark;
            T next = element.get();
            if (next == null) {
                mark = before;
                return items;
            }
            items.add(next);
        }
    }

    /** {@code elem+}: null when there is not even one. */
    protected final <T> List<T> oneOrMore(Supplier<T> element) {
        List<T> items = zeroOrMore(element);
        return items.isEmpty() ? null : items;
    }

    /** {@code &elem}: whether it matches here, consuming nothing. */
    protected final boolean lookahead(Supplier<?> element) {
        int start = mark;
        boolean matches = element.get() != null;
        mark = start;
        return matches;
    }

    /** Marker value for grammar items that match but produce nothing. */
    protected static final Object MATCHED = new Object();

    protected final Object opItem(String op) {
        return expectOp(op) != null ? MATCHED : null;
    }

    protected final Pos posAt(int tokenIndex) {
        return tokens[tokenIndex].pos();
    }

    /** Where the last consumed token ends (for errors CPython places at a node's end). */
    protected final Token lastConsumed() {
        return tokens[mark - 1];
    }
}
