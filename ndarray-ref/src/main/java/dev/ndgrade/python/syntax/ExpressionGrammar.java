package dev.ndgrade.python.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expression rules of CPython 3.11's grammar (Grammar/python.gram, "EXPRESSIONS" to "FUNCTION CALL ARGUMENTS"),
 * with their invalid_* companions that run in the error pass. Method names follow the grammar's rule names so the
 * two can be read side by side; alternatives are tried in the grammar's order because that order decides which
 * error CPython reports.
 */
abstract class ExpressionGrammar extends GrammarSupport {

    /** Positional and keyword arguments of a call, before the callee is known. */
    record CallArguments(Pos pos, List<Expr> args, List<Keyword> keywords) {
    }

    /** An item of {@code kwargs}: a keyword argument or a starred positional one. */
    private record KeywordOrStarred(Keyword keyword, Expr starred) {
    }

    private record ComparisonPart(CompareOperator op, Expr operand) {
    }

    ExpressionGrammar(List<Token> tokens, LexicalError lexicalError, String fileName, String messagePrefix,
                      int errorColumnShift) {
        super(tokens, lexicalError, fileName, messagePrefix, errorColumnShift);
    }

    /** star_targets (assignment targets). */
    abstract Expr starTargets();

    /** lambda_params. */
    abstract Parameters lambdaParams();

    /** Decodes and concatenates adjacent string tokens (the {@code strings} rule's action). */
    abstract Expr concatenateStrings(List<Token> strings);

    // ================================================================== expressions

    final Expr expressions() {
        int start = mark;
        Expr a = expression();
        if (a == null) {
            return null;
        }
        List<Expr> rest = zeroOrMore(() -> expectOp(",") != null ? expression() : null);
        if (!rest.isEmpty()) {
            expectOp(",");
            return tuple(start, a, rest);
        }
        if (expectOp(",") != null) {
            return new Expr.TupleLiteral(posAt(start), List.of(a));
        }
        return a;
    }

    final Expr expression() {
        return memoized(Rule.EXPRESSION, this::expressionBody);
    }

    private Expr expressionBody() {
        int start = mark;
        if (callInvalidRules) {
            invalidExpression();
            mark = start;
            invalidLegacyExpression();
            mark = start;
        }
        Expr a = disjunction();
        if (a != null && expectKeyword("if") != null) {
            Expr b = disjunction();
            if (b != null && expectKeyword("else") != null) {
                Expr c = expression();
                if (c != null) {
                    return new Expr.IfExp(posAt(start), b, a, c);
                }
            }
        }
        mark = start;
        a = disjunction();
        if (a != null) {
            return a;
        }
        mark = start;
        return lambdef();
    }

    /** expression_without_invalid: the same rule with the invalid_* rules switched off beneath it. */
    private Expr expressionWithoutInvalid() {
        boolean previous = callInvalidRules;
        callInvalidRules = false;
        try {
            int start = mark;
            Expr a = disjunction();
            if (a != null && expectKeyword("if") != null) {
                Expr b = disjunction();
                if (b != null && expectKeyword("else") != null) {
                    Expr c = expression();
                    if (c != null) {
                        return new Expr.IfExp(posAt(start), b, a, c);
                    }
                }
            }
            mark = start;
            a = disjunction();
            if (a != null) {
                return a;
            }
            mark = start;
            return lambdef();
        } finally {
            callInvalidRules = previous;
        }
    }

    final Expr yieldExpr() {
        int start = mark;
        if (expectKeyword("yield") != null && expectKeyword("from") != null) {
            Expr a = expression();
            if (a != null) {
                return new Expr.YieldFrom(posAt(start), a);
            }
        }
        mark = start;
        if (expectKeyword("yield") != null) {
            int before = mark;
            Expr a = starExpressions();
            if (a == null) {
                mark = before;
            }
            return new Expr.Yield(posAt(start), Optional.ofNullable(a));
        }
        mark = start;
        return null;
    }

    final Expr starExpressions() {
        int start = mark;
        Expr a = starExpression();
        if (a == null) {
            return null;
        }
        List<Expr> rest = zeroOrMore(() -> expectOp(",") != null ? starExpression() : null);
        if (!rest.isEmpty()) {
            expectOp(",");
            return tuple(start, a, rest);
        }
        if (expectOp(",") != null) {
            return new Expr.TupleLiteral(posAt(start), List.of(a));
        }
        return a;
    }

    final Expr starExpression() {
        return memoized(Rule.STAR_EXPRESSION, () -> {
            int start = mark;
            if (expectOp("*") != null) {
                Expr a = bitwiseOr();
                if (a != null) {
                    return new Expr.Starred(posAt(start), a);
                }
            }
            mark = start;
            return expression();
        });
    }

    final List<Expr> starNamedExpressions() {
        List<Expr> items = gather(",", this::starNamedExpression);
        if (items != null) {
            expectOp(",");
        }
        return items;
    }

    final Expr starNamedExpression() {
        int start = mark;
        if (expectOp("*") != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                return new Expr.Starred(posAt(start), a);
            }
        }
        mark = start;
        return namedExpression();
    }

    /** assignment_expression: {@code NAME ':=' ~ expression}. */
    final Expr assignmentExpression() {
        int start = mark;
        Expr.Name target = name();
        if (target != null && expectOp(":=") != null) {
            Expr value = expression();
            if (value != null) {
                return new Expr.NamedExpr(posAt(start), target, value);
            }
            return null; // cut: no other alternative
        }
        mark = start;
        return null;
    }

    final Expr namedExpression() {
        int start = mark;
        Expr a = assignmentExpression();
        if (a != null) {
            return a;
        }
        mark = start;
        if (callInvalidRules) {
            invalidNamedExpression();
            mark = start;
        }
        a = expression();
        if (a != null && !isOp(":=")) {
            return a;
        }
        mark = start;
        return null;
    }

    final Expr disjunction() {
        return memoized(Rule.DISJUNCTION, () -> {
            int start = mark;
            Expr a = conjunction();
            if (a == null) {
                return null;
            }
            List<Expr> rest = zeroOrMore(() -> expectKeyword("or") != null ? conjunction() : null);
            if (rest.isEmpty()) {
                return a;
            }
            List<Expr> values = new ArrayList<>();
            values.add(a);
            values.addAll(rest);
            return new Expr.BoolOp(posAt(start), BoolOperator.OR, values);
        });
    }

    final Expr conjunction() {
        return memoized(Rule.CONJUNCTION, () -> {
            int start = mark;
            Expr a = inversion();
            if (a == null) {
                return null;
            }
            List<Expr> rest = zeroOrMore(() -> expectKeyword("and") != null ? inversion() : null);
            if (rest.isEmpty()) {
                return a;
            }
            List<Expr> values = new ArrayList<>();
            values.add(a);
            values.addAll(rest);
            return new Expr.BoolOp(posAt(start), BoolOperator.AND, values);
        });
    }

    final Expr inversion() {
        return memoized(Rule.INVERSION, () -> {
            int start = mark;
            if (expectKeyword("not") != null) {
                Expr a = inversion();
                if (a != null) {
                    return new Expr.UnaryOp(posAt(start), UnaryOperator.NOT, a);
                }
            }
            mark = start;
            return comparison();
        });
    }

    // ================================================================== comparisons and operators

    final Expr comparison() {
        int start = mark;
        Expr a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<ComparisonPart> parts = zeroOrMore(this::compareOpBitwiseOrPair);
        if (parts.isEmpty()) {
            return a;
        }
        List<CompareOperator> ops = new ArrayList<>();
        List<Expr> operands = new ArrayList<>();
        for (ComparisonPart part : parts) {
            ops.add(part.op());
            operands.add(part.operand());
        }
        return new Expr.Compare(posAt(start), a, ops, operands);
    }

    private ComparisonPart compareOpBitwiseOrPair() {
        int start = mark;
        Token t = peek();
        CompareOperator op = null;
        if (t.kind() == TokenKind.OP) {
            op = switch (t.text()) {
                case "==" -> CompareOperator.EQ;
                case "!=" -> CompareOperator.NOT_EQ;
                case "<=" -> CompareOperator.LT_E;
                case "<" -> CompareOperator.LT;
                case ">=" -> CompareOperator.GT_E;
                case ">" -> CompareOperator.GT;
                default -> null;
            };
            if (op != null) {
                mark++;
            }
        } else if (t.isKeyword("not")) {
            mark++;
            if (expectKeyword("in") != null) {
                op = CompareOperator.NOT_IN;
            }
        } else if (t.isKeyword("in")) {
            mark++;
            op = CompareOperator.IN;
        } else if (t.isKeyword("is")) {
            mark++;
            op = expectKeyword("not") != null ? CompareOperator.IS_NOT : CompareOperator.IS;
        }
        if (op != null) {
            Expr operand = bitwiseOr();
            if (operand != null) {
                return new ComparisonPart(op, operand);
            }
            if (op == CompareOperator.IS_NOT) {
                // the grammar tries 'is' 'not' bitwise_or before 'is' bitwise_or, so `is not` may still be `is (not x)`
                mark = start + 1;
                Expr notOperand = bitwiseOr();
                if (notOperand != null) {
                    return new ComparisonPart(CompareOperator.IS, notOperand);
                }
            }
        }
        mark = start;
        return null;
    }

    final Expr bitwiseOr() {
        return memoized(Rule.BITWISE_OR, () -> leftAssociative(this::bitwiseXor, "|"));
    }

    private Expr bitwiseXor() {
        return leftAssociative(this::bitwiseAnd, "^");
    }

    private Expr bitwiseAnd() {
        return leftAssociative(this::shiftExpr, "&");
    }

    private Expr shiftExpr() {
        return leftAssociative(this::sum, "<<", ">>");
    }

    private Expr sum() {
        return leftAssociative(this::term, "+", "-");
    }

    private Expr term() {
        return leftAssociative(this::factor, "*", "/", "//", "%", "@");
    }

    /** A left-recursive binary rule ({@code a=rule OP b=operand | operand}) grown as a loop, as pegen grows it. */
    private Expr leftAssociative(java.util.function.Supplier<Expr> operand, String... operators) {
        int start = mark;
        Expr left = operand.get();
        if (left == null) {
            return null;
        }
        while (true) {
            int before = mark;
            Token t = peek();
            BinaryOperator op = null;
            if (t.kind() == TokenKind.OP) {
                for (String candidate : operators) {
                    if (t.text().equals(candidate)) {
                        op = binaryOperator(candidate);
                        break;
                    }
                }
            }
            if (op == null) {
                return left;
            }
            mark++;
            Expr right = operand.get();
            if (right == null) {
                mark = before;
                return left;
            }
            left = new Expr.BinOp(posAt(start), left, op, right);
        }
    }

    static BinaryOperator binaryOperator(String symbol) {
        return switch (symbol) {
            case "+" -> BinaryOperator.ADD;
            case "-" -> BinaryOperator.SUB;
            case "*" -> BinaryOperator.MULT;
            case "@" -> BinaryOperator.MATMULT;
            case "/" -> BinaryOperator.DIV;
            case "//" -> BinaryOperator.FLOORDIV;
            case "%" -> BinaryOperator.MOD;
            case "**" -> BinaryOperator.POW;
            case "<<" -> BinaryOperator.LSHIFT;
            case ">>" -> BinaryOperator.RSHIFT;
            case "|" -> BinaryOperator.BITOR;
            case "^" -> BinaryOperator.BITXOR;
            case "&" -> BinaryOperator.BITAND;
            default -> throw new IllegalArgumentException("not a binary operator: " + symbol);
        };
    }

    final Expr factor() {
        return memoized(Rule.FACTOR, () -> {
            int start = mark;
            Token t = peek();
            UnaryOperator op = null;
            if (t.isOp("+")) {
                op = UnaryOperator.PLUS;
            } else if (t.isOp("-")) {
                op = UnaryOperator.MINUS;
            } else if (t.isOp("~")) {
                op = UnaryOperator.INVERT;
            }
            if (op != null) {
                mark++;
                Expr operand = factor();
                if (operand != null) {
                    return new Expr.UnaryOp(posAt(start), op, operand);
                }
                mark = start;
            }
            return power();
        });
    }

    private Expr power() {
        int start = mark;
        Token await = expectKeyword("await");
        if (await != null) {
            if (primary() != null) {
                throw unsupported(await, "'await' expressions");
            }
            mark = start;
            return null;
        }
        Expr a = primary();
        if (a == null) {
            return null;
        }
        int before = mark;
        if (expectOp("**") != null) {
            Expr b = factor();
            if (b != null) {
                return new Expr.BinOp(posAt(start), a, BinaryOperator.POW, b);
            }
        }
        mark = before;
        return a;
    }

    // ================================================================== primaries

    /** primary (left-recursive): atom followed by attribute, call and subscript trailers. */
    final Expr primary() {
        return memoized(Rule.PRIMARY, () -> {
            int start = mark;
            Expr a = atom();
            if (a == null) {
                return null;
            }
            while (true) {
                Expr extended = primaryTrailer(start, a);
                if (extended == null) {
                    return a;
                }
                a = extended;
            }
        });
    }

    /** One trailer after {@code a}, in the grammar's order ('.' NAME, genexp, call, subscript), or null. */
    private Expr primaryTrailer(int start, Expr a) {
        int before = mark;
        if (expectOp(".") != null) {
            Expr.Name n = name();
            if (n != null) {
                return new Expr.Attribute(posAt(start), a, n.id());
            }
        }
        mark = before;
        Expr g = genexp();
        if (g != null) {
            return new Expr.Call(posAt(start), a, List.of(g), List.of());
        }
        mark = before;
        if (expectOp("(") != null) {
            int argsStart = mark;
            CallArguments args = arguments();
            if (args == null) {
                mark = argsStart;
            }
            if (expectOp(")") != null) {
                return call(start, a, args);
            }
        }
        mark = before;
        if (expectOp("[") != null) {
            Expr index = slices();
            if (index != null && expectOp("]") != null) {
                return new Expr.Subscript(posAt(start), a, index);
            }
        }
        mark = before;
        return null;
    }

    final Expr.Call call(int start, Expr func, CallArguments args) {
        return new Expr.Call(posAt(start), func, args == null ? List.of() : args.args(),
                args == null ? List.of() : args.keywords());
    }

    final Expr slices() {
        int start = mark;
        Expr a = slice();
        if (a != null && !isOp(",")) {
            return a;
        }
        mark = start;
        List<Expr> items = gather(",", () -> {
            int s = mark;
            Expr item = slice();
            if (item != null) {
                return item;
            }
            mark = s;
            return starredExpression();
        });
        if (items != null) {
            expectOp(",");
            return new Expr.TupleLiteral(posAt(start), items);
        }
        mark = start;
        return null;
    }

    private Expr slice() {
        int start = mark;
        Expr lower = expression();
        if (lower == null) {
            mark = start;
        }
        if (expectOp(":") != null) {
            int upperStart = mark;
            Expr upper = expression();
            if (upper == null) {
                mark = upperStart;
            }
            Expr step = null;
            int stepStart = mark;
            if (expectOp(":") != null) {
                int stepValue = mark;
                step = expression();
                if (step == null) {
                    mark = stepValue;
                }
            } else {
                mark = stepStart;
            }
            return new Expr.Slice(posAt(start), Optional.ofNullable(lower), Optional.ofNullable(upper),
                    Optional.ofNullable(step));
        }
        mark = start;
        return namedExpression();
    }

    final Expr atom() {
        int start = mark;
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                mark++;
                return new Expr.Name(t.pos(), t.text());
            }
            case KEYWORD -> {
                switch (t.text()) {
                    case "True" -> {
                        mark++;
                        return new Expr.BoolLiteral(t.pos(), true);
                    }
                    case "False" -> {
                        mark++;
                        return new Expr.BoolLiteral(t.pos(), false);
                    }
                    case "None" -> {
                        mark++;
                        return new Expr.NoneLiteral(t.pos());
                    }
                    default -> {
                        return null;
                    }
                }
            }
            case STRING -> {
                return strings();
            }
            case NUMBER -> {
                mark++;
                return number(t);
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        Expr e = tupleDisplay();
                        if (e == null) {
                            mark = start;
                            e = group();
                        }
                        if (e == null) {
                            mark = start;
                            e = genexp();
                        }
                        return e;
                    }
                    case "[" -> {
                        Expr e = listDisplay();
                        if (e == null) {
                            mark = start;
                            e = listcomp();
                        }
                        return e;
                    }
                    case "{" -> {
                        Expr e = dict();
                        if (e == null) {
                            mark = start;
                            e = set();
                        }
                        if (e == null) {
                            mark = start;
                            e = dictcomp();
                        }
                        if (e == null) {
                            mark = start;
                            e = setcomp();
                        }
                        return e;
                    }
                    case "..." -> {
                        mark++;
                        return new Expr.EllipsisLiteral(t.pos());
                    }
                    default -> {
                        return null;
                    }
                }
            }
            default -> {
                return null;
            }
        }
    }

    private Expr strings() {
        return memoized(Rule.STRINGS, () -> {
            List<Token> parts = new ArrayList<>();
            while (isKind(TokenKind.STRING)) {
                parts.add(peek());
                mark++;
            }
            return parts.isEmpty() ? null : concatenateStrings(parts);
        });
    }

    /** A NUMBER token's value: int (any base, arbitrary size), float, or imaginary. */
    static Expr number(Token t) {
        String text = t.text().replace("_", "");
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        if (last == 'j') {
            return new Expr.ImaginaryLiteral(t.pos(), Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        char prefix = text.length() > 1 ? Character.toLowerCase(text.charAt(1)) : ' ';
        if (text.charAt(0) == '0' && (prefix == 'x' || prefix == 'o' || prefix == 'b')) {
            int radix = switch (prefix) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new Expr.IntLiteral(t.pos(), new BigInteger(text.substring(2), radix));
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return new Expr.FloatLiteral(t.pos(), Double.parseDouble(text));
        }
        return new Expr.IntLiteral(t.pos(), new BigInteger(text));
    }

    private Expr group() {
        int start = mark;
        if (expectOp("(") != null) {
            int inner = mark;
            Expr a = yieldExpr();
            if (a == null) {
                mark = inner;
                a = namedExpression();
            }
            if (a != null && expectOp(")") != null) {
                return a;
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidGroup();
            mark = start;
        }
        return null;
    }

    private Expr lambdef() {
        int start = mark;
        if (expectKeyword("lambda") == null) {
            return null;
        }
        int paramsStart = mark;
        Parameters params = lambdaParams();
        if (params == null) {
            mark = paramsStart;
            params = Parameters.none();
        }
        if (expectOp(":") != null) {
            Expr body = expression();
            if (body != null) {
                return new Expr.Lambda(posAt(start), params, body);
            }
        }
        mark = start;
        return null;
    }

    // ================================================================== displays

    /** list: {@code '[' [star_named_expressions] ']'}. */
    final Expr listDisplay() {
        int start = mark;
        if (expectOp("[") != null) {
            int inner = mark;
            List<Expr> items = starNamedExpressions();
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

    /** tuple: {@code '(' [star_named_expression ',' [star_named_expressions]] ')'}. */
    final Expr tupleDisplay() {
        int start = mark;
        if (expectOp("(") != null) {
            int inner = mark;
            List<Expr> items = new ArrayList<>();
            Expr first = starNamedExpression();
            if (first != null && expectOp(",") != null) {
                items.add(first);
                int restStart = mark;
                List<Expr> rest = starNamedExpressions();
                if (rest != null) {
                    items.addAll(rest);
                } else {
                    mark = restStart;
                }
            } else {
                mark = inner;
            }
            if (expectOp(")") != null) {
                return new Expr.TupleLiteral(posAt(start), items);
            }
        }
        mark = start;
        return null;
    }

    private Expr set() {
        int start = mark;
        if (expectOp("{") != null) {
            List<Expr> items = starNamedExpressions();
            if (items != null && expectOp("}") != null) {
                return new Expr.SetLiteral(posAt(start), items);
            }
        }
        mark = start;
        return null;
    }

    private Expr dict() {
        int start = mark;
        if (expectOp("{") != null) {
            int inner = mark;
            List<DictItem> items = doubleStarredKvpairs();
            if (items == null) {
                mark = inner;
                items = List.of();
            }
            if (expectOp("}") != null) {
                return new Expr.DictLiteral(posAt(start), items);
            }
        }
        mark = start;
        // '{' invalid_double_starred_kvpairs '}': pegen gates only alternatives made of a lone invalid_ rule,
        // so this one also runs in the first pass.
        if (expectOp("{") != null) {
            invalidDoubleStarredKvpairs();
        }
        mark = start;
        return null;
    }

    private List<DictItem> doubleStarredKvpairs() {
        List<DictItem> items = gather(",", this::doubleStarredKvpair);
        if (items != null) {
            expectOp(",");
        }
        return items;
    }

    private DictItem doubleStarredKvpair() {
        int start = mark;
        if (expectOp("**") != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                return new DictItem.Unpack(a);
            }
        }
        mark = start;
        return kvpair();
    }

    private DictItem.KeyValue kvpair() {
        int start = mark;
        Expr key = expression();
        if (key != null && expectOp(":") != null) {
            Expr value = expression();
            if (value != null) {
                return new DictItem.KeyValue(key, value);
            }
        }
        mark = start;
        return null;
    }

    // ================================================================== comprehensions

    final List<Comprehension> forIfClauses() {
        return oneOrMore(this::forIfClause);
    }

    private Comprehension forIfClause() {
        int start = mark;
        if (expectKeyword("for") != null) {
            Expr target = starTargets();
            if (target != null && expectKeyword("in") != null) {
                Expr iter = disjunction();
                if (iter == null) {
                    return null; // cut after 'in'
                }
                List<Expr> conditions = zeroOrMore(() -> expectKeyword("if") != null ? disjunction() : null);
                return new Comprehension(target, iter, conditions);
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidForTarget();
            mark = start;
        }
        return null;
    }

    private Expr listcomp() {
        int start = mark;
        if (expectOp("[") != null) {
            Expr element = namedExpression();
            if (element != null) {
                List<Comprehension> generators = forIfClauses();
                if (generators != null && expectOp("]") != null) {
                    return new Expr.ListComp(posAt(start), element, generators);
                }
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidComprehension();
            mark = start;
        }
        return null;
    }

    private Expr setcomp() {
        int start = mark;
        if (expectOp("{") != null) {
            Expr element = namedExpression();
            if (element != null) {
                List<Comprehension> generators = forIfClauses();
                if (generators != null && expectOp("}") != null) {
                    return new Expr.SetComp(posAt(start), element, generators);
                }
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidComprehension();
            mark = start;
        }
        return null;
    }

    final Expr genexp() {
        int start = mark;
        if (expectOp("(") != null) {
            int inner = mark;
            Expr element = assignmentExpression();
            if (element == null) {
                mark = inner;
                element = expression();
                if (element != null && isOp(":=")) {
                    element = null;
                }
            }
            if (element != null) {
                List<Comprehension> generators = forIfClauses();
                if (generators != null && expectOp(")") != null) {
                    return new Expr.GeneratorExp(posAt(start), element, generators);
                }
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidComprehension();
            mark = start;
        }
        return null;
    }

    private Expr dictcomp() {
        int start = mark;
        if (expectOp("{") != null) {
            DictItem.KeyValue pair = kvpair();
            if (pair != null) {
                List<Comprehension> generators = forIfClauses();
                if (generators != null && expectOp("}") != null) {
                    return new Expr.DictComp(posAt(start), pair.key(), pair.value(), generators);
                }
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidDictComprehension();
            mark = start;
        }
        return null;
    }

    // ================================================================== call arguments

    final CallArguments arguments() {
        return memoized(Rule.ARGUMENTS, () -> {
            int start = mark;
            CallArguments a = args();
            if (a != null) {
                int afterArgs = mark;
                if (expectOp(",") == null) {
                    mark = afterArgs;
                }
                if (isOp(")")) {
                    return a;
                }
            }
            mark = start;
            if (callInvalidRules) {
                invalidArguments();
                mark = start;
            }
            return null;
        });
    }

    private CallArguments args() {
        int start = mark;
        List<Expr> positional = gather(",", this::positionalArgument);
        if (positional != null) {
            int before = mark;
            List<KeywordOrStarred> keywords = null;
            if (expectOp(",") != null) {
                keywords = kwargs();
            }
            if (keywords == null) {
                mark = before;
                keywords = List.of();
            }
            return collectCallArguments(start, positional, keywords);
        }
        mark = start;
        List<KeywordOrStarred> keywords = kwargs();
        if (keywords != null) {
            return collectCallArguments(start, List.of(), keywords);
        }
        mark = start;
        return null;
    }

    /** {@code starred_expression | (assignment_expression | expression !':=') !'='}. */
    private Expr positionalArgument() {
        int start = mark;
        Expr a = starredExpression();
        if (a != null) {
            return a;
        }
        mark = start;
        a = assignmentExpression();
        if (a == null) {
            mark = start;
            a = expression();
            if (a != null && isOp(":=")) {
                a = null;
            }
        }
        if (a != null && !isOp("=")) {
            return a;
        }
        mark = start;
        return null;
    }

    private CallArguments collectCallArguments(int start, List<Expr> positional, List<KeywordOrStarred> rest) {
        List<Expr> args = new ArrayList<>(positional);
        List<Keyword> keywords = new ArrayList<>();
        for (KeywordOrStarred item : rest) {
            if (item.starred() != null) {
                args.add(item.starred());
            } else {
                keywords.add(item.keyword());
            }
        }
        return new CallArguments(posAt(start), args, keywords);
    }

    private List<KeywordOrStarred> kwargs() {
        int start = mark;
        List<KeywordOrStarred> a = gather(",", this::kwargOrStarred);
        if (a != null && expectOp(",") != null) {
            List<KeywordOrStarred> b = gather(",", this::kwargOrDoubleStarred);
            if (b != null) {
                List<KeywordOrStarred> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            }
        }
        mark = start;
        a = gather(",", this::kwargOrStarred);
        if (a != null) {
            return a;
        }
        mark = start;
        return gather(",", this::kwargOrDoubleStarred);
    }

    final Expr starredExpression() {
        int start = mark;
        if (expectOp("*") != null) {
            Expr a = expression();
            if (a != null) {
                return new Expr.Starred(posAt(start), a);
            }
        }
        mark = start;
        return null;
    }

    private KeywordOrStarred kwargOrStarred() {
        int start = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = start;
        }
        Keyword k = namedKeyword();
        if (k != null) {
            return new KeywordOrStarred(k, null);
        }
        mark = start;
        Expr starred = starredExpression();
        return starred == null ? null : new KeywordOrStarred(null, starred);
    }

    private KeywordOrStarred kwargOrDoubleStarred() {
        int start = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = start;
        }
        Keyword k = namedKeyword();
        if (k != null) {
            return new KeywordOrStarred(k, null);
        }
        mark = start;
        if (expectOp("**") != null) {
            Expr value = expression();
            if (value != null) {
                return new KeywordOrStarred(new Keyword(posAt(start), Optional.empty(), value), null);
            }
        }
        mark = start;
        return null;
    }

    /** {@code NAME '=' expression}. */
    private Keyword namedKeyword() {
        int start = mark;
        Expr.Name n = name();
        if (n != null && expectOp("=") != null) {
            Expr value = expression();
            if (value != null) {
                return new Keyword(posAt(start), Optional.of(n.id()), value);
            }
        }
        mark = start;
        return null;
    }

    // ================================================================== helpers

    final Expr.TupleLiteral tuple(int start, Expr first, List<Expr> rest) {
        List<Expr> items = new ArrayList<>(rest.size() + 1);
        items.add(first);
        items.addAll(rest);
        return new Expr.TupleLiteral(posAt(start), items);
    }

    /**
     * CPython's SOFT_KEYWORD token test compares only the token's length worth of characters
     * ({@code strncmp(keyword, token, size)}), so any prefix of "_", "case" or "match" counts ("c", "ma", ...).
     */
    static boolean isSoftKeywordToken(String name) {
        return "_".startsWith(name) || "case".startsWith(name) || "match".startsWith(name);
    }

    static boolean isLegacyStatementName(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if part of {@code e} cannot be a target; returns otherwise. */
    final void raiseIfInvalidTarget(ExpressionKinds.TargetsType type, Expr e) {
        Expr invalid = ExpressionKinds.invalidTarget(e, type);
        if (invalid != null) {
            String verb = type == ExpressionKinds.TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
            throw raiseAt(invalid.pos(), verb + ExpressionKinds.describe(invalid));
        }
    }

    // ================================================================== invalid_* rules (error pass only)

    private void invalidArguments() {
        int start = mark;
        // ((positional ',' kwargs) | kwargs) ',' b='*'   (what 3.11.7 does: it requires keyword arguments before
        // the star and points at the star)
        boolean keywordsSeen = false;
        if (gather(",", this::positionalArgument) != null && expectOp(",") != null) {
            keywordsSeen = kwargs() != null;
        }
        if (!keywordsSeen) {
            mark = start;
            keywordsSeen = kwargs() != null;
        }
        if (keywordsSeen && expectOp(",") != null) {
            Token star = expectOp("*");
            if (star != null) {
                throw raiseAt(star, "iterable argument unpacking follows keyword argument unpacking");
            }
        }
        mark = start;
        CallArguments a;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        Expr e = expression();
        if (e != null && forIfClauses() != null && expectOp(",") != null) {
            int optional = mark;
            if (args() == null) {
                mark = optional;
                if (expression() == null || forIfClauses() == null) {
                    mark = optional;
                }
            }
            throw raiseAt(e.pos(), "Generator expression must be parenthesized");
        }
        mark = start;
        // a=NAME b='=' expression for_if_clauses
        Expr.Name n = name();
        if (n != null && expectOp("=") != null && expression() != null && forIfClauses() != null) {
            throw raiseAt(n.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        mark = start;
        // a=args b=for_if_clauses
        a = args();
        if (a != null && forIfClauses() != null) {
            if (a.args().size() > 1) {
                throw raiseAt(a.args().get(a.args().size() - 1).pos(), "Generator expression must be parenthesized");
            }
            mark = start;
            return; // _PyPegen_nonparen_genexp_in_call returned NULL: the rule fails here
        }
        mark = start;
        // args ',' a=expression b=for_if_clauses
        a = args();
        if (a != null && expectOp(",") != null) {
            Expr element = expression();
            if (element != null && forIfClauses() != null) {
                throw raiseAt(element.pos(), "Generator expression must be parenthesized");
            }
        }
        mark = start;
        // a=args ',' args
        a = args();
        if (a != null && expectOp(",") != null && args() != null) {
            boolean unpacking = a.keywords().stream().anyMatch(k -> k.name().isEmpty());
            throw raise(unpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        mark = start;
    }

    private void invalidKwarg() {
        int start = mark;
        Token t = peek();
        if (t.isKeyword("True") || t.isKeyword("False") || t.isKeyword("None")) {
            mark++;
            if (expectOp("=") != null) {
                throw raiseAt(t, "cannot assign to " + t.text());
            }
        }
        mark = start;
        Expr.Name n = name();
        if (n != null && expectOp("=") != null && expression() != null && forIfClauses() != null) {
            throw raiseAt(n.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        mark = start;
        boolean nameEquals = name() != null && isOp("=");
        mark = start;
        if (!nameEquals) {
            Expr a = expression();
            if (a != null && isOp("=")) {
                throw raiseAt(a.pos(), "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
        }
        mark = start;
    }

    private void invalidLegacyExpression() {
        int start = mark;
        Expr.Name a = name();
        if (a != null && !isOp("(")) {
            Expr b = starExpressions();
            if (b != null && isLegacyStatementName(a)) {
                throw raiseAt(a.pos(), "Missing parentheses in call to '" + a.id() + "'. Did you mean " + a.id()
                        + "(...)?");
            }
        }
        mark = start;
    }

    private void invalidExpression() {
        int start = mark;
        Token first = peek();
        boolean excluded;
        if (first.kind() == TokenKind.NAME) {
            boolean nameString = fetch(start + 1).kind() == TokenKind.STRING;
            excluded = nameString || isSoftKeywordToken(first.text());
        } else {
            excluded = false;
        }
        if (!excluded) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expressionWithoutInvalid();
                if (b != null) {
                    if (!isLegacyStatementName(a) && lastConsumed().level() != 0) {
                        throw raiseAt(a.pos(), "invalid syntax. Perhaps you forgot a comma?");
                    }
                    mark = start;
                    return; // the action returned NULL: the rule fails without trying its other alternative
                }
            }
        }
        mark = start;
        Expr a = disjunction();
        if (a != null && expectKeyword("if") != null && disjunction() != null) {
            if (!isKeyword("else") && !isOp(":")) {
                throw raiseAt(a.pos(), "expected 'else' after 'if' expression");
            }
        }
        mark = start;
    }

    private void invalidNamedExpression() {
        memoized(Rule.INVALID_NAMED_EXPRESSION, () -> {
            invalidNamedExpressionBody();
            return null;
        });
    }

    private void invalidNamedExpressionBody() {
        int start = mark;
        Expr a = expression();
        if (a != null && expectOp(":=") != null && expression() != null) {
            throw raiseAt(a.pos(), "cannot use assignment expressions with " + ExpressionKinds.describe(a));
        }
        mark = start;
        Expr.Name n = name();
        if (n != null && expectOp("=") != null && bitwiseOr() != null && !isOp("=") && !isOp(":=")) {
            throw raiseAt(n.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        mark = start;
        boolean excluded = lookahead(this::listDisplay) || lookahead(this::tupleDisplay) || lookahead(this::genexp)
                || isKeyword("True") || isKeyword("None") || isKeyword("False");
        if (!excluded) {
            Expr b = bitwiseOr();
            if (b != null && expectOp("=") != null && bitwiseOr() != null && !isOp("=") && !isOp(":=")) {
                throw raiseAt(b.pos(), "cannot assign to " + ExpressionKinds.describe(b)
                        + " here. Maybe you meant '==' instead of '='?");
            }
        }
        mark = start;
    }

    private void invalidComprehension() {
        int start = mark;
        Token open = peek();
        if (open.isOp("[") || open.isOp("(") || open.isOp("{")) {
            mark++;
            Expr a = starredExpression();
            if (a != null && forIfClauses() != null) {
                throw raiseAt(a.pos(), "iterable unpacking cannot be used in comprehension");
            }
        }
        mark = start;
        if (open.isOp("[") || open.isOp("{")) {
            mark++;
            Expr a = starNamedExpression();
            if (a != null && expectOp(",") != null) {
                int afterComma = mark;
                List<Expr> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    throw raiseAt(a.pos(), "did you forget parentheses around the comprehension target?");
                }
                mark = afterComma;
                if (forIfClauses() != null) {
                    throw raiseAt(a.pos(), "did you forget parentheses around the comprehension target?");
                }
            }
        }
        mark = start;
    }

    private void invalidDictComprehension() {
        int start = mark;
        if (expectOp("{") != null) {
            Token a = expectOp("**");
            if (a != null && bitwiseOr() != null && forIfClauses() != null && expectOp("}") != null) {
                throw raiseAt(a, "dict unpacking cannot be used in dict comprehension");
            }
        }
        mark = start;
    }

    private void invalidDoubleStarredKvpairs() {
        int start = mark;
        List<DictItem> items = gather(",", this::doubleStarredKvpair);
        if (items != null && expectOp(",") != null) {
            invalidKvpair();
        }
        mark = start;
        if (expression() != null && expectOp(":") != null) {
            Token star = expectOp("*");
            if (star != null && bitwiseOr() != null) {
                throw raiseAt(star, "cannot use a starred expression in a dictionary value");
            }
        }
        mark = start;
        if (expression() != null) {
            Token colon = expectOp(":");
            if (colon != null && (isOp("}") || isOp(","))) {
                throw raiseAt(colon, "expression expected after dictionary key and ':'");
            }
        }
        mark = start;
    }

    private void invalidKvpair() {
        int start = mark;
        Expr a = expression();
        if (a != null && !isOp(":")) {
            Token end = lastConsumed();
            throw raiseAt(a.pos().line(), end.endColumn() - 1, "':' expected after dictionary key");
        }
        mark = start;
        if (expression() != null && expectOp(":") != null) {
            Token star = expectOp("*");
            if (star != null && bitwiseOr() != null) {
                throw raiseAt(star, "cannot use a starred expression in a dictionary value");
            }
        }
        mark = start;
        if (expression() != null) {
            Token colon = expectOp(":");
            if (colon != null && (isOp("}") || isOp(","))) {
                throw raiseAt(colon, "expression expected after dictionary key and ':'");
            }
        }
        mark = start;
    }

    private void invalidGroup() {
        int start = mark;
        if (expectOp("(") != null) {
            Expr a = starredExpression();
            if (a != null && expectOp(")") != null) {
                throw raiseAt(a.pos(), "cannot use starred expression here");
            }
        }
        mark = start;
        if (expectOp("(") != null) {
            Token a = expectOp("**");
            if (a != null && expression() != null && expectOp(")") != null) {
                throw raiseAt(a, "cannot use double starred expression here");
            }
        }
        mark = start;
    }

    final void invalidForTarget() {
        int start = mark;
        if (expectKeyword("for") != null) {
            Expr a = starExpressions();
            if (a != null) {
                raiseIfInvalidTarget(ExpressionKinds.TargetsType.FOR_TARGETS, a);
            }
        }
        mark = start;
    }
}
