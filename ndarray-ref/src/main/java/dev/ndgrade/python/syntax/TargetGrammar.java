package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The assignment and del target rules of CPython 3.11's grammar ("ASSIGNMENT TARGETS"): star_targets,
 * single_target, del_targets and the t_primary chain they share (a primary that must be followed by another trailer).
 */
abstract class TargetGrammar extends ExpressionGrammar {

    TargetGrammar(List<Token> tokens, LexicalError lexicalError, String fileName, String messagePrefix,
                  int errorColumnShift) {
        super(tokens, lexicalError, fileName, messagePrefix, errorColumnShift);
    }

    @Override
    final Expr starTargets() {
        int start = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        if (!isOp(",")) {
            return a;
        }
        List<Expr> rest = zeroOrMore(() -> expectOp(",") != null ? starTarget() : null);
        expectOp(",");
        return tuple(start, a, rest);
    }

    private List<Expr> starTargetsListSeq() {
        List<Expr> items = gather(",", this::starTarget);
        if (items != null) {
            expectOp(",");
        }
        return items;
    }

    private List<Expr> starTargetsTupleSeq() {
        int start = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> rest = zeroOrMore(() -> expectOp(",") != null ? starTarget() : null);
        if (!rest.isEmpty()) {
            expectOp(",");
            List<Expr> items = new ArrayList<>();
            items.add(a);
            items.addAll(rest);
            return items;
        }
        if (expectOp(",") != null) {
            return List.of(a);
        }
        mark = start;
        return null;
    }

    final Expr starTarget() {
        return memoized(Rule.STAR_TARGET, () -> {
            int start = mark;
            if (expectOp("*") != null && !isOp("*")) {
                Expr a = starTarget();
                if (a != null) {
                    return new Expr.Starred(posAt(start), a);
                }
            }
            mark = start;
            return targetWithStarAtom();
        });
    }

    private Expr targetWithStarAtom() {
        return memoized(Rule.TARGET_WITH_STAR_ATOM, () -> {
            int start = mark;
            Expr a = subscriptOrAttributeTarget();
            if (a != null) {
                return a;
            }
            mark = start;
            return starAtom();
        });
    }

    /** {@code t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead}. */
    private Expr subscriptOrAttributeTarget() {
        int start = mark;
        Expr primary = tPrimary();
        if (primary != null && expectOp(".") != null) {
            Expr.Name n = name();
            if (n != null && !tLookahead()) {
                return new Expr.Attribute(posAt(start), primary, n.id());
            }
        }
        mark = start;
        primary = tPrimary();
        if (primary != null && expectOp("[") != null) {
            Expr index = slices();
            if (index != null && expectOp("]") != null && !tLookahead()) {
                return new Expr.Subscript(posAt(start), primary, index);
            }
        }
        mark = start;
        return null;
    }

    private Expr starAtom() {
        int start = mark;
        Expr.Name n = name();
        if (n != null) {
            return n;
        }
        if (expectOp("(") != null) {
            Expr a = targetWithStarAtom();
            if (a != null && expectOp(")") != null) {
                return a;
            }
        }
        mark = start;
        if (expectOp("(") != null) {
            int inner = mark;
            List<Expr> items = starTargetsTupleSeq();
            if (items == null) {
                mark = inner;
                items = List.of();
            }
            if (expectOp(")") != null) {
                return new Expr.TupleLiteral(posAt(start), items);
            }
        }
        mark = start;
        if (expectOp("[") != null) {
            int inner = mark;
            List<Expr> items = starTargetsListSeq();
            if (items == null) {
                mark = inner;
                items = List.of();
            }
            if (expectOp("]") != null) {
                return new Expr.ListLiteral(posAt(start), items);
            }
        }
        mark = start;
        return null;
    }

    final Expr singleTarget() {
        int start = mark;
        Expr a = subscriptOrAttributeTarget();
        if (a != null) {
            return a;
        }
        mark = start;
        Expr.Name n = name();
        if (n != null) {
            return n;
        }
        if (expectOp("(") != null) {
            a = singleTarget();
            if (a != null && expectOp(")") != null) {
                return a;
            }
        }
        mark = start;
        return null;
    }

    final Expr singleSubscriptAttributeTarget() {
        return subscriptOrAttributeTarget();
    }

    /** t_primary (left-recursive): a primary whose every step is followed by another '(' '[' or '.'. */
    private Expr tPrimary() {
        return memoized(Rule.T_PRIMARY, () -> {
            int start = mark;
            Expr a = atom();
            if (a == null || !tLookahead()) {
                mark = start;
                return null;
            }
            while (true) {
                Expr extended = tPrimaryTrailer(start, a);
                if (extended == null) {
                    return a;
                }
                a = extended;
            }
        });
    }

    private Expr tPrimaryTrailer(int start, Expr a) {
        int before = mark;
        if (expectOp(".") != null) {
            Expr.Name n = name();
            if (n != null && tLookahead()) {
                return new Expr.Attribute(posAt(start), a, n.id());
            }
        }
        mark = before;
        if (expectOp("[") != null) {
            Expr index = slices();
            if (index != null && expectOp("]") != null && tLookahead()) {
                return new Expr.Subscript(posAt(start), a, index);
            }
        }
        mark = before;
        Expr g = genexp();
        if (g != null && tLookahead()) {
            return new Expr.Call(posAt(start), a, List.of(g), List.of());
        }
        mark = before;
        if (expectOp("(") != null) {
            int argsStart = mark;
            CallArguments args = arguments();
            if (args == null) {
                mark = argsStart;
            }
            if (expectOp(")") != null && tLookahead()) {
                return call(start, a, args);
            }
        }
        mark = before;
        return null;
    }

    private boolean tLookahead() {
        Token t = peek();
        return t.isOp("(") || t.isOp("[") || t.isOp(".");
    }

    final List<Expr> delTargets() {
        List<Expr> items = gather(",", this::delTarget);
        if (items != null) {
            expectOp(",");
        }
        return items;
    }

    private Expr delTarget() {
        return memoized(Rule.DEL_TARGET, () -> {
            int start = mark;
            Expr a = subscriptOrAttributeTarget();
            if (a != null) {
                return a;
            }
            mark = start;
            return delTAtom();
        });
    }

    private Expr delTAtom() {
        int start = mark;
        Expr.Name n = name();
        if (n != null) {
            return n;
        }
        if (expectOp("(") != null) {
            Expr a = delTarget();
            if (a != null && expectOp(")") != null) {
                return a;
            }
        }
        mark = start;
        if (expectOp("(") != null) {
            int inner = mark;
            List<Expr> items = delTargets();
            if (items == null) {
                mark = inner;
                items = List.of();
            }
            if (expectOp(")") != null) {
                return new Expr.TupleLiteral(posAt(start), items);
            }
        }
        mark = start;
        if (expectOp("[") != null) {
            int inner = mark;
            List<Expr> items = delTargets();
            if (items == null) {
                mark = inner;
                items = List.of();
            }
            if (expectOp("]") != null) {
                return new Expr.ListLiteral(posAt(start), items);
            }
        }
        mark = start;
        return null;
    }
}
