package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parameter lists of CPython 3.11's grammar: {@code params} for def (annotations allowed, closed by ')') and
 * {@code lambda_params} for lambda (no annotations, closed by ':'), with their invalid_* rules. The two share one
 * implementation parametrized by {@link Style}, since the grammar duplicates them only to vary those two points.
 */
abstract class ParameterGrammar extends TargetGrammar {

    /** What differs between def and lambda parameters. */
    private enum Style {
        DEF(")", true), LAMBDA(":", false);

        final String closer;
        final boolean annotations;

        Style(String closer, boolean annotations) {
            this.closer = closer;
            this.annotations = annotations;
        }
    }

    private record SlashWithDefault(List<Param> plain, List<Param> withDefaults) {
    }

    private record StarEtc(Param varArgs, List<Param> keywordOnly, Param varKeywords) {
    }

    ParameterGrammar(List<Token> tokens, LexicalError lexicalError, String fileName, String messagePrefix,
                     int errorColumnShift) {
        super(tokens, lexicalError, fileName, messagePrefix, errorColumnShift);
    }

    /** params: the parameter list of a def, or null. */
    final Parameters params() {
        return parameterList(Style.DEF);
    }

    @Override
    final Parameters lambdaParams() {
        return parameterList(Style.LAMBDA);
    }

    private Parameters parameterList(Style style) {
        int start = mark;
        if (callInvalidRules) {
            invalidParameters(style);
            mark = start;
        }
        return parameters(style);
    }

    private Parameters parameters(Style style) {
        int start = mark;
        List<Param> a = slashNoDefault(style);
        if (a != null) {
            List<Param> b = zeroOrMore(() -> paramNoDefault(style));
            List<Param> c = zeroOrMore(() -> paramWithDefault(style));
            StarEtc d = optionalStarEtc(style);
            return makeParameters(a, List.of(), concat(b, c), d);
        }
        mark = start;
        SlashWithDefault sw = slashWithDefault(style);
        if (sw != null) {
            List<Param> b = zeroOrMore(() -> paramWithDefault(style));
            StarEtc c = optionalStarEtc(style);
            return makeParameters(sw.plain(), sw.withDefaults(), b, c);
        }
        mark = start;
        List<Param> plain = oneOrMore(() -> paramNoDefault(style));
        if (plain != null) {
            List<Param> b = zeroOrMore(() -> paramWithDefault(style));
            StarEtc c = optionalStarEtc(style);
            return makeParameters(List.of(), List.of(), concat(plain, b), c);
        }
        mark = start;
        List<Param> withDefaults = oneOrMore(() -> paramWithDefault(style));
        if (withDefaults != null) {
            StarEtc b = optionalStarEtc(style);
            return makeParameters(List.of(), List.of(), withDefaults, b);
        }
        mark = start;
        StarEtc starEtc = starEtc(style);
        if (starEtc != null) {
            return makeParameters(List.of(), List.of(), List.of(), starEtc);
        }
        mark = start;
        return null;
    }

    private StarEtc optionalStarEtc(Style style) {
        int start = mark;
        StarEtc s = starEtc(style);
        if (s == null) {
            mark = start;
        }
        return s;
    }

    private static Parameters makeParameters(List<Param> positionalOnly, List<Param> positionalOnlyWithDefaults,
                                             List<Param> regular, StarEtc starEtc) {
        return new Parameters(concat(positionalOnly, positionalOnlyWithDefaults), regular,
                Optional.ofNullable(starEtc == null ? null : starEtc.varArgs()),
                starEtc == null ? List.of() : starEtc.keywordOnly(),
                Optional.ofNullable(starEtc == null ? null : starEtc.varKeywords()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code param_no_default+ '/' ','} or {@code ... '/' &closer}. */
    private List<Param> slashNoDefault(Style style) {
        int start = mark;
        List<Param> a = oneOrMore(() -> paramNoDefault(style));
        if (a != null && expectOp("/") != null && endsParameter(style)) {
            return a;
        }
        mark = start;
        return null;
    }

    private SlashWithDefault slashWithDefault(Style style) {
        int start = mark;
        List<Param> a = zeroOrMore(() -> paramNoDefault(style));
        List<Param> b = oneOrMore(() -> paramWithDefault(style));
        if (b != null && expectOp("/") != null && endsParameter(style)) {
            return new SlashWithDefault(a, b);
        }
        mark = start;
        return null;
    }

    /** {@code ','} (consumed) or a lookahead at the closer; the two forms every parameter rule ends with. */
    private boolean endsParameter(Style style) {
        return expectOp(",") != null || isOp(style.closer);
    }

    private StarEtc starEtc(Style style) {
        int start = mark;
        if (callInvalidRules) {
            invalidStarEtc(style);
            mark = start;
        }
        if (expectOp("*") != null) {
            int afterStar = mark;
            Param a = paramNoDefault(style);
            if (a != null) {
                List<Param> b = zeroOrMore(() -> paramMaybeDefault(style));
                Param c = optionalKwds(style);
                return new StarEtc(a, b, c);
            }
            mark = afterStar;
            if (style.annotations) {
                a = paramNoDefaultStarAnnotation();
                if (a != null) {
                    List<Param> b = zeroOrMore(() -> paramMaybeDefault(style));
                    Param c = optionalKwds(style);
                    return new StarEtc(a, b, c);
                }
                mark = afterStar;
            }
            if (expectOp(",") != null) {
                List<Param> b = oneOrMore(() -> paramMaybeDefault(style));
                if (b != null) {
                    Param c = optionalKwds(style);
                    return new StarEtc(null, b, c);
                }
            }
        }
        mark = start;
        Param kwds = kwds(style);
        if (kwds != null) {
            return new StarEtc(null, List.of(), kwds);
        }
        mark = start;
        return null;
    }

    private Param optionalKwds(Style style) {
        int start = mark;
        Param k = kwds(style);
        if (k == null) {
            mark = start;
        }
        return k;
    }

    private Param kwds(Style style) {
        int start = mark;
        if (callInvalidRules) {
            invalidKwds(style);
            mark = start;
        }
        if (expectOp("**") != null) {
            Param a = paramNoDefault(style);
            if (a != null) {
                return a;
            }
        }
        mark = start;
        return null;
    }

    private Param paramNoDefault(Style style) {
        int start = mark;
        Param a = param(style);
        if (a != null && endsParameter(style)) {
            return a;
        }
        mark = start;
        return null;
    }

    private Param paramNoDefaultStarAnnotation() {
        int start = mark;
        Expr.Name n = name();
        if (n != null && expectOp(":") != null) {
            Expr annotation = starExpression();
            if (annotation != null && endsParameter(Style.DEF)) {
                return new Param(n.pos(), n.id(), Optional.of(annotation), Optional.empty());
            }
        }
        mark = start;
        return null;
    }

    private Param paramWithDefault(Style style) {
        int start = mark;
        Param a = param(style);
        if (a != null) {
            Expr d = defaultValue();
            if (d != null && endsParameter(style)) {
                return withDefault(a, d);
            }
        }
        mark = start;
        return null;
    }

    private Param paramMaybeDefault(Style style) {
        int start = mark;
        Param a = param(style);
        if (a != null) {
            int beforeDefault = mark;
            Expr d = defaultValue();
            if (d == null) {
                mark = beforeDefault;
            }
            if (endsParameter(style)) {
                return d == null ? a : withDefault(a, d);
            }
        }
        mark = start;
        return null;
    }

    private static Param withDefault(Param p, Expr defaultValue) {
        return new Param(p.pos(), p.name(), p.annotation(), Optional.of(defaultValue));
    }

    private Param param(Style style) {
        Expr.Name n = name();
        if (n == null) {
            return null;
        }
        Expr annotation = null;
        if (style.annotations) {
            int before = mark;
            if (expectOp(":") != null) {
                annotation = expression();
            }
            if (annotation == null) {
                mark = before;
            }
        }
        return new Param(n.pos(), n.id(), Optional.ofNullable(annotation), Optional.empty());
    }

    private Expr defaultValue() {
        int start = mark;
        if (expectOp("=") != null) {
            Expr a = expression();
            if (a != null) {
                return a;
            }
        }
        mark = start;
        if (callInvalidRules) {
            Token eq = expectOp("=");
            if (eq != null && (isOp(")") || isOp(","))) {
                throw raiseAt(eq, "expected default value expression");
            }
            mark = start;
        }
        return null;
    }

    // ================================================================== invalid_* rules

    private void invalidParameters(Style style) {
        int start = mark;
        String what = style == Style.DEF ? "Function" : "Lambda expression";
        // param_no_default* invalid_parameters_helper a=param_no_default
        zeroOrMore(() -> paramNoDefault(style));
        if (invalidParametersHelper(style)) {
            Param a = paramNoDefault(style);
            if (a != null) {
                throw raiseAt(a.pos(), "non-default argument follows default argument");
            }
        }
        mark = start;
        // param_no_default* a='(' param_no_default+ ','? b=')'
        zeroOrMore(() -> paramNoDefault(style));
        Token open = expectOp("(");
        if (open != null) {
            List<Param> inner = style == Style.DEF ? oneOrMore(() -> paramNoDefault(style))
                    : gather(",", () -> param(style));
            if (inner != null) {
                expectOp(",");
                if (expectOp(")") != null) {
                    throw raiseAt(open, what + " parameters cannot be parenthesized");
                }
            }
        }
        mark = start;
        // a="/" ','
        Token slashFirst = expectOp("/");
        if (slashFirst != null && expectOp(",") != null) {
            throw raiseAt(slashFirst, "at least one argument must precede /");
        }
        mark = start;
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if (slashEither(style)) {
            zeroOrMore(() -> paramMaybeDefault(style));
            Token slash = expectOp("/");
            if (slash != null) {
                throw raiseAt(slash, "/ may appear only once");
            }
        }
        mark = start;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* a='/'
        if (!slashEither(style)) {
            mark = start;
        }
        zeroOrMore(() -> paramMaybeDefault(style));
        if (expectOp("*") != null) {
            int afterStar = mark;
            boolean ok = expectOp(",") != null;
            if (!ok) {
                mark = afterStar;
                ok = paramNoDefault(style) != null;
            }
            if (ok) {
                zeroOrMore(() -> paramMaybeDefault(style));
                Token slash = expectOp("/");
                if (slash != null) {
                    throw raiseAt(slash, "/ must be ahead of *");
                }
            }
        }
        mark = start;
        // param_maybe_default+ '/' a='*'
        if (oneOrMore(() -> paramMaybeDefault(style)) != null && expectOp("/") != null) {
            Token star = expectOp("*");
            if (star != null) {
                throw raiseAt(star, "expected comma between / and *");
            }
        }
        mark = start;
    }

    private boolean slashEither(Style style) {
        int start = mark;
        if (slashNoDefault(style) != null) {
            return true;
        }
        mark = start;
        if (slashWithDefault(style) != null) {
            return true;
        }
        mark = start;
        return false;
    }

    private boolean invalidParametersHelper(Style style) {
        int start = mark;
        if (slashWithDefault(style) != null) {
            return true;
        }
        mark = start;
        return oneOrMore(() -> paramWithDefault(style)) != null;
    }

    private void invalidStarEtc(Style style) {
        int start = mark;
        Token star = expectOp("*");
        if (star != null) {
            boolean bare = isOp(style.closer);
            if (!bare && expectOp(",") != null) {
                bare = isOp(style.closer) || isOp("**");
            }
            if (bare) {
                if (style == Style.DEF) {
                    throw raiseAt(star, "named arguments must follow bare *");
                }
                throw raise("named arguments must follow bare *");
            }
        }
        mark = start;
        if (expectOp("*") != null && param(style) != null) {
            Token eq = expectOp("=");
            if (eq != null) {
                throw raiseAt(eq, "var-positional argument cannot have default value");
            }
        }
        mark = start;
        if (expectOp("*") != null && paramNoDefaultOrComma(style)) {
            zeroOrMore(() -> paramMaybeDefault(style));
            Token second = expectOp("*");
            if (second != null && paramNoDefaultOrComma(style)) {
                throw raiseAt(second, "* argument may appear only once");
            }
        }
        mark = start;
    }

    private boolean paramNoDefaultOrComma(Style style) {
        int start = mark;
        if (paramNoDefault(style) != null) {
            return true;
        }
        mark = start;
        return expectOp(",") != null;
    }

    private void invalidKwds(Style style) {
        int start = mark;
        if (expectOp("**") != null && param(style) != null) {
            Token eq = expectOp("=");
            if (eq != null) {
                throw raiseAt(eq, "var-keyword argument cannot have default value");
            }
        }
        mark = start;
        if (expectOp("**") != null && param(style) != null && expectOp(",") != null) {
            int afterComma = mark;
            Param a = param(style);
            if (a != null) {
                throw raiseAt(a.pos(), "arguments cannot follow var-keyword argument");
            }
            mark = afterComma;
            Token t = peek();
            if (t.isOp("*") || t.isOp("**") || t.isOp("/")) {
                throw raiseAt(t, "arguments cannot follow var-keyword argument");
            }
        }
        mark = start;
    }
}
