package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statement rules of CPython 3.11's grammar ("STARTING RULES" to "COMPOUND STATEMENTS", without match and async)
 * and their invalid_* rules; the top of the parser. {@link #file()} also records where each top-level statement
 * starts and ends, since that is the unit interactive mode compiles and runs.
 */
final class StatementGrammar extends ParameterGrammar {

    /** One top-level statement: its statements (several for {@code a; b}) and its first and last line. */
    record UnitSpan(List<Stmt> statements, int firstLine, int lastLine) {
    }

    private final StringLiteralParser strings;

    StatementGrammar(Lexer.Result lexed, String fileName, String messagePrefix, int errorColumnShift,
                     StringLiteralParser strings) {
        super(lexed.tokens(), lexed.error(), fileName, messagePrefix, errorColumnShift);
        this.strings = strings;
    }

    @Override
    Expr concatenateStrings(List<Token> parts) {
        return strings.concatenate(parts, this);
    }

    // ================================================================== starting rules

    /** file: {@code [statements] ENDMARKER}; null when the tokens are not a valid module. */
    List<UnitSpan> file() {
        List<UnitSpan> units = new ArrayList<>();
        while (true) {
            int start = mark;
            List<Stmt> s = statement();
            if (s == null) {
                mark = start;
                break;
            }
            units.add(new UnitSpan(s, tokens[start].line(), lastLineOfRange()));
        }
        if (expectKind(TokenKind.ENDMARKER) == null) {
            return null;
        }
        return units;
    }

    /** eval: {@code expressions NEWLINE* ENDMARKER} (what {@code compile(source, file, 'eval')} accepts). */
    Expr evalInput() {
        Expr e = expressions();
        if (e == null) {
            return null;
        }
        while (expectKind(TokenKind.NEWLINE) != null) {
            // trailing blank lines
        }
        return expectKind(TokenKind.ENDMARKER) != null ? e : null;
    }

    /** fstring: {@code star_expressions} (the start rule of an f-string replacement field). */
    Expr fstringExpression() {
        return starExpressions();
    }

    private int lastLineOfRange() {
        int i = mark - 1;
        while (i > 0 && (tokens[i].kind() == TokenKind.NEWLINE || tokens[i].kind() == TokenKind.INDENT
                || tokens[i].kind() == TokenKind.DEDENT)) {
            i--;
        }
        return tokens[i].endLine();
    }

    private List<Stmt> statements() {
        List<List<Stmt>> all = oneOrMore(this::statement);
        if (all == null) {
            return null;
        }
        List<Stmt> flat = new ArrayList<>();
        all.forEach(flat::addAll);
        return flat;
    }

    private List<Stmt> statement() {
        int start = mark;
        Stmt compound = compoundStmt();
        if (compound != null) {
            return List.of(compound);
        }
        mark = start;
        return simpleStmts();
    }

    private List<Stmt> simpleStmts() {
        int start = mark;
        Stmt a = simpleStmt();
        if (a != null && !isOp(";") && expectKind(TokenKind.NEWLINE) != null) {
            return List.of(a);
        }
        mark = start;
        List<Stmt> all = gather(";", this::simpleStmt);
        if (all != null) {
            expectOp(";");
            if (expectKind(TokenKind.NEWLINE) != null) {
                return all;
            }
        }
        mark = start;
        return null;
    }

    private Stmt simpleStmt() {
        return memoized(Rule.SIMPLE_STMT, this::simpleStmtBody);
    }

    private Stmt simpleStmtBody() {
        int start = mark;
        Stmt s = assignment();
        if (s != null) {
            return s;
        }
        mark = start;
        Expr e = starExpressions();
        if (e != null) {
            return new Stmt.ExprStmt(posAt(start), e);
        }
        mark = start;
        Token t = peek();
        if (t.kind() != TokenKind.KEYWORD) {
            return null;
        }
        switch (t.text()) {
            case "return" -> {
                mark++;
                int before = mark;
                Expr value = starExpressions();
                if (value == null) {
                    mark = before;
                }
                return new Stmt.Return(t.pos(), Optional.ofNullable(value));
            }
            case "import", "from" -> {
                return importStmt();
            }
            case "raise" -> {
                return raiseStmt();
            }
            case "pass" -> {
                mark++;
                return new Stmt.Pass(t.pos());
            }
            case "del" -> {
                return delStmt();
            }
            case "yield" -> {
                Expr y = yieldExpr();
                return y == null ? null : new Stmt.ExprStmt(t.pos(), y);
            }
            case "assert" -> {
                return assertStmt();
            }
            case "break" -> {
                mark++;
                return new Stmt.Break(t.pos());
            }
            case "continue" -> {
                mark++;
                return new Stmt.Continue(t.pos());
            }
            case "global", "nonlocal" -> {
                mark++;
                List<Expr.Name> names = gather(",", this::name);
                if (names == null) {
                    mark = start;
                    return null;
                }
                List<String> ids = names.stream().map(Expr.Name::id).toList();
                return t.text().equals("global") ? new Stmt.Global(t.pos(), ids) : new Stmt.Nonlocal(t.pos(), ids);
            }
            default -> {
                return null;
            }
        }
    }

    private Stmt compoundStmt() {
        Token t = peek();
        if (t.isKeyword("def") || t.isOp("@")) {
            Stmt s = functionDef();
            if (s != null) {
                return s;
            }
        }
        if (t.isKeyword("if")) {
            return ifStmt();
        }
        if (t.isKeyword("class") || t.isOp("@")) {
            Stmt s = classDef();
            if (s != null) {
                return s;
            }
        }
        if (t.isKeyword("with")) {
            return withStmt();
        }
        if (t.isKeyword("for")) {
            return forStmt();
        }
        if (t.isKeyword("try")) {
            return tryStmt();
        }
        if (t.isKeyword("while")) {
            return whileStmt();
        }
        if (t.isKeyword("async")) {
            Token next = fetch(mark + 1);
            if (next.isKeyword("def") || next.isKeyword("for") || next.isKeyword("with")) {
                throw unsupported(t, "'async' statements");
            }
            return null;
        }
        return matchStmt();
    }

    /** match_stmt: only recognized, to reject a real match statement cleanly (there is no AST for patterns). */
    private Stmt matchStmt() {
        int start = mark;
        Token match = expectSoftKeyword("match");
        if (match != null && subjectExpr() != null && expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null
                && expectKind(TokenKind.INDENT) != null && peek().kind() == TokenKind.NAME
                && peek().text().equals("case")) {
            throw unsupported(match, "match statements");
        }
        mark = start;
        if (callInvalidRules) {
            invalidMatchStmt();
            mark = start;
        }
        return null;
    }

    private Expr subjectExpr() {
        int start = mark;
        Expr value = starNamedExpression();
        if (value != null && expectOp(",") != null) {
            int restStart = mark;
            List<Expr> values = starNamedExpressions();
            if (values == null) {
                mark = restStart;
                values = List.of();
            }
            return tuple(start, value, values);
        }
        mark = start;
        return namedExpression();
    }

    // ================================================================== simple statements

    private Stmt assignment() {
        int start = mark;
        Pos pos = posAt(start);
        // NAME ':' expression ['=' annotated_rhs]
        Expr.Name n = name();
        if (n != null && expectOp(":") != null) {
            Expr annotation = expression();
            if (annotation != null) {
                return new Stmt.AnnAssign(pos, n, annotation, Optional.ofNullable(optionalAnnotatedValue()), true);
            }
        }
        mark = start;
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr target = null;
        if (expectOp("(") != null) {
            target = singleTarget();
            if (target == null || expectOp(")") == null) {
                target = null;
            }
        }
        if (target == null) {
            mark = start;
            target = singleSubscriptAttributeTarget();
        }
        if (target != null && expectOp(":") != null) {
            Expr annotation = expression();
            if (annotation != null) {
                return new Stmt.AnnAssign(pos, target, annotation, Optional.ofNullable(optionalAnnotatedValue()),
                        false);
            }
        }
        mark = start;
        // (star_targets '=')+ (yield_expr | star_expressions) !'='
        List<Expr> targets = oneOrMore(() -> {
            Expr t = starTargets();
            return t != null && expectOp("=") != null ? t : null;
        });
        if (targets != null) {
            Expr value = yieldOrStarExpressions();
            if (value != null && !isOp("=")) {
                return new Stmt.Assign(pos, targets, value);
            }
        }
        mark = start;
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr single = singleTarget();
        if (single != null) {
            BinaryOperator op = augassign();
            if (op != null) {
                Expr value = yieldOrStarExpressions();
                if (value != null) {
                    return new Stmt.AugAssign(pos, single, op, value);
                }
                return null; // cut
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidAssignment();
            mark = start;
        }
        return null;
    }

    private Expr optionalAnnotatedValue() {
        int before = mark;
        if (expectOp("=") != null) {
            Expr value = yieldOrStarExpressions();
            if (value != null) {
                return value;
            }
        }
        mark = before;
        return null;
    }

    /** {@code yield_expr | star_expressions} (also annotated_rhs). */
    private Expr yieldOrStarExpressions() {
        int start = mark;
        Expr y = yieldExpr();
        if (y != null) {
            return y;
        }
        mark = start;
        return starExpressions();
    }

    private BinaryOperator augassign() {
        Token t = peek();
        if (t.kind() != TokenKind.OP || t.text().length() < 2 || !t.text().endsWith("=")) {
            return null;
        }
        String symbol = t.text().substring(0, t.text().length() - 1);
        BinaryOperator op = switch (symbol) {
            case "+", "-", "*", "@", "/", "%", "&", "|", "^", "<<", ">>", "**", "//" ->
                    binaryOperator(symbol);
            default -> null;
        };
        if (op != null) {
            mark++;
        }
        return op;
    }

    private Stmt raiseStmt() {
        int start = mark;
        if (expectKeyword("raise") != null) {
            Expr exception = expression();
            if (exception != null) {
                Expr cause = null;
                int before = mark;
                if (expectKeyword("from") != null) {
                    cause = expression();
                }
                if (cause == null) {
                    mark = before;
                }
                return new Stmt.Raise(posAt(start), Optional.of(exception), Optional.ofNullable(cause));
            }
        }
        mark = start;
        if (expectKeyword("raise") != null) {
            return new Stmt.Raise(posAt(start), Optional.empty(), Optional.empty());
        }
        mark = start;
        return null;
    }

    private Stmt delStmt() {
        int start = mark;
        if (expectKeyword("del") != null) {
            List<Expr> targets = delTargets();
            if (targets != null && (isOp(";") || isKind(TokenKind.NEWLINE))) {
                return new Stmt.Delete(posAt(start), targets);
            }
        }
        mark = start;
        if (callInvalidRules && expectKeyword("del") != null) {
            Expr a = starExpressions();
            if (a != null) {
                raiseIfInvalidTarget(ExpressionKinds.TargetsType.DEL_TARGETS, a);
            }
        }
        mark = start;
        return null;
    }

    private Stmt assertStmt() {
        int start = mark;
        if (expectKeyword("assert") != null) {
            Expr test = expression();
            if (test != null) {
                Expr message = null;
                int before = mark;
                if (expectOp(",") != null) {
                    message = expression();
                }
                if (message == null) {
                    mark = before;
                }
                return new Stmt.Assert(posAt(start), test, Optional.ofNullable(message));
            }
        }
        mark = start;
        return null;
    }

    private Stmt importStmt() {
        int start = mark;
        if (expectKeyword("import") != null) {
            List<ImportAlias> names = gather(",", this::dottedAsName);
            if (names != null) {
                return new Stmt.Import(posAt(start), names);
            }
            mark = start;
            return null;
        }
        if (expectKeyword("from") == null) {
            return null;
        }
        int afterFrom = mark;
        int level = dots();
        String module = dottedName();
        if (module != null && expectKeyword("import") != null) {
            List<ImportAlias> names = importFromTargets();
            if (names != null) {
                return new Stmt.ImportFrom(posAt(start), Optional.of(module), names, level);
            }
        }
        mark = afterFrom;
        level = dots();
        if (level > 0 && expectKeyword("import") != null) {
            List<ImportAlias> names = importFromTargets();
            if (names != null) {
                return new Stmt.ImportFrom(posAt(start), Optional.empty(), names, level);
            }
        }
        mark = start;
        return null;
    }

    /** {@code ('.' | '...')*}: the relative-import level. */
    private int dots() {
        int level = 0;
        while (true) {
            if (expectOp(".") != null) {
                level++;
            } else if (expectOp("...") != null) {
                level += 3;
            } else {
                return level;
            }
        }
    }

    private List<ImportAlias> importFromTargets() {
        int start = mark;
        if (expectOp("(") != null) {
            List<ImportAlias> names = gather(",", this::importFromAsName);
            if (names != null) {
                expectOp(",");
                if (expectOp(")") != null) {
                    return names;
                }
            }
        }
        mark = start;
        List<ImportAlias> names = gather(",", this::importFromAsName);
        if (names != null && !isOp(",")) {
            return names;
        }
        mark = start;
        Token star = expectOp("*");
        if (star != null) {
            return List.of(new ImportAlias(star.pos(), "*", Optional.empty()));
        }
        mark = start;
        if (callInvalidRules) {
            names = gather(",", this::importFromAsName);
            if (names != null && expectOp(",") != null && isKind(TokenKind.NEWLINE)) {
                mark++;
                throw raise("trailing comma not allowed without surrounding parentheses");
            }
            mark = start;
        }
        return null;
    }

    private ImportAlias importFromAsName() {
        Expr.Name n = name();
        if (n == null) {
            return null;
        }
        return new ImportAlias(n.pos(), n.id(), Optional.ofNullable(optionalAsName()));
    }

    private ImportAlias dottedAsName() {
        int start = mark;
        String dotted = dottedName();
        if (dotted == null) {
            return null;
        }
        return new ImportAlias(posAt(start), dotted, Optional.ofNullable(optionalAsName()));
    }

    private String optionalAsName() {
        int before = mark;
        if (expectKeyword("as") != null) {
            Expr.Name alias = name();
            if (alias != null) {
                return alias.id();
            }
        }
        mark = before;
        return null;
    }

    private String dottedName() {
        return memoized(Rule.DOTTED_NAME, () -> {
            Expr.Name first = name();
            if (first == null) {
                return null;
            }
            StringBuilder dotted = new StringBuilder(first.id());
            while (true) {
                int before = mark;
                if (expectOp(".") != null) {
                    Expr.Name part = name();
                    if (part != null) {
                        dotted.append('.').append(part.id());
                        continue;
                    }
                }
                mark = before;
                return dotted.toString();
            }
        });
    }

    // ================================================================== blocks, def, class

    private List<Stmt> block() {
        return memoized(Rule.BLOCK, () -> {
            int start = mark;
            if (expectKind(TokenKind.NEWLINE) != null && expectKind(TokenKind.INDENT) != null) {
                List<Stmt> body = statements();
                if (body != null && expectKind(TokenKind.DEDENT) != null) {
                    return body;
                }
            }
            mark = start;
            List<Stmt> simple = simpleStmts();
            if (simple != null) {
                return simple;
            }
            mark = start;
            if (callInvalidRules && expectKind(TokenKind.NEWLINE) != null && !isKind(TokenKind.INDENT)) {
                throw raiseIndentation("expected an indented block");
            }
            mark = start;
            return null;
        });
    }

    private List<Expr> decorators() {
        return oneOrMore(() -> {
            if (expectOp("@") == null) {
                return null;
            }
            Expr f = namedExpression();
            return f != null && expectKind(TokenKind.NEWLINE) != null ? f : null;
        });
    }

    private Stmt classDef() {
        int start = mark;
        List<Expr> decorators = decorators();
        if (decorators != null) {
            Stmt.ClassDef c = classDefRaw();
            if (c != null) {
                return new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), c.body(), decorators);
            }
        }
        mark = start;
        return classDefRaw();
    }

    private Stmt.ClassDef classDefRaw() {
        int start = mark;
        if (callInvalidRules) {
            invalidClassDefRaw();
            mark = start;
        }
        if (expectKeyword("class") != null) {
            Expr.Name n = name();
            if (n != null) {
                CallArguments bases = optionalParenthesizedArguments();
                if (expectOp(":") != null) {
                    List<Stmt> body = block();
                    if (body != null) {
                        return new Stmt.ClassDef(posAt(start), n.id(), bases == null ? List.of() : bases.args(),
                                bases == null ? List.of() : bases.keywords(), body, List.of());
                    }
                }
            }
        }
        mark = start;
        return null;
    }

    /** {@code ['(' [arguments] ')']}: null when absent. */
    private CallArguments optionalParenthesizedArguments() {
        int before = mark;
        if (expectOp("(") != null) {
            int argsStart = mark;
            CallArguments args = arguments();
            if (args == null) {
                mark = argsStart;
                args = new CallArguments(posAt(before), List.of(), List.of());
            }
            if (expectOp(")") != null) {
                return args;
            }
        }
        mark = before;
        return null;
    }

    private Stmt functionDef() {
        int start = mark;
        List<Expr> decorators = decorators();
        if (decorators != null) {
            Stmt.FunctionDef f = functionDefRaw();
            if (f != null) {
                return new Stmt.FunctionDef(f.pos(), f.name(), f.params(), f.body(), decorators, f.returns());
            }
        }
        mark = start;
        return functionDefRaw();
    }

    private Stmt.FunctionDef functionDefRaw() {
        int start = mark;
        if (callInvalidRules) {
            invalidDefRaw();
            mark = start;
        }
        if (expectKeyword("def") != null) {
            Expr.Name n = name();
            if (n != null) {
                expectForced("(");
                int paramsStart = mark;
                Parameters params = params();
                if (params == null) {
                    mark = paramsStart;
                    params = Parameters.none();
                }
                if (expectOp(")") != null) {
                    Expr returns = null;
                    int beforeArrow = mark;
                    if (expectOp("->") != null) {
                        returns = expression();
                    }
                    if (returns == null) {
                        mark = beforeArrow;
                    }
                    expectForced(":");
                    List<Stmt> body = block();
                    if (body != null) {
                        return new Stmt.FunctionDef(posAt(start), n.id(), params, body, List.of(),
                                Optional.ofNullable(returns));
                    }
                }
            }
        }
        mark = start;
        return null;
    }

    // ================================================================== if / while / for / with / try

    private Stmt ifStmt() {
        int start = mark;
        if (callInvalidRules) {
            invalidHeaderStatement("if");
            mark = start;
        }
        return conditionalChain("if");
    }

    /** {@code 'if'|'elif' named_expression ':' block (elif_stmt | [else_block])}. */
    private Stmt conditionalChain(String keyword) {
        int start = mark;
        if (expectKeyword(keyword) != null) {
            Expr test = namedExpression();
            if (test != null && expectOp(":") != null) {
                List<Stmt> body = block();
                if (body != null) {
                    int afterBody = mark;
                    Stmt elif = elifStmt();
                    if (elif != null) {
                        return new Stmt.If(posAt(start), test, body, List.of(elif));
                    }
                    mark = afterBody;
                    return new Stmt.If(posAt(start), test, body, optionalElseBlock());
                }
            }
        }
        mark = start;
        return null;
    }

    private Stmt elifStmt() {
        int start = mark;
        if (callInvalidRules) {
            invalidHeaderStatement("elif");
            mark = start;
        }
        return conditionalChain("elif");
    }

    private List<Stmt> optionalElseBlock() {
        int before = mark;
        List<Stmt> orElse = elseBlock();
        if (orElse == null) {
            mark = before;
            return List.of();
        }
        return orElse;
    }

    private List<Stmt> elseBlock() {
        int start = mark;
        if (callInvalidRules) {
            invalidIndentedBlockAfter("else", "'else' statement");
            mark = start;
        }
        if (expectKeyword("else") != null) {
            expectForced(":");
            List<Stmt> body = block();
            if (body != null) {
                return body;
            }
        }
        mark = start;
        return null;
    }

    private Stmt whileStmt() {
        int start = mark;
        if (callInvalidRules) {
            invalidHeaderStatement("while");
            mark = start;
        }
        if (expectKeyword("while") != null) {
            Expr test = namedExpression();
            if (test != null && expectOp(":") != null) {
                List<Stmt> body = block();
                if (body != null) {
                    return new Stmt.While(posAt(start), test, body, optionalElseBlock());
                }
            }
        }
        mark = start;
        return null;
    }

    private Stmt forStmt() {
        int start = mark;
        if (callInvalidRules) {
            invalidForStmt();
            mark = start;
        }
        if (expectKeyword("for") != null) {
            Expr target = starTargets();
            if (target != null && expectKeyword("in") != null) {
                Expr iter = starExpressions();
                if (iter != null && expectOp(":") != null) {
                    List<Stmt> body = block();
                    if (body != null) {
                        return new Stmt.For(posAt(start), target, iter, body, optionalElseBlock());
                    }
                }
                return null; // cut after 'in'
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidForTarget();
            mark = start;
        }
        return null;
    }

    private Stmt withStmt() {
        int start = mark;
        if (callInvalidRules) {
            invalidWithStmtIndent();
            mark = start;
        }
        if (expectKeyword("with") != null && expectOp("(") != null) {
            List<WithItem> items = gather(",", this::withItem);
            if (items != null) {
                expectOp(",");
                if (expectOp(")") != null && expectOp(":") != null) {
                    List<Stmt> body = block();
                    if (body != null) {
                        return new Stmt.With(posAt(start), items, body);
                    }
                }
            }
        }
        mark = start;
        if (expectKeyword("with") != null) {
            List<WithItem> items = gather(",", this::withItem);
            if (items != null && expectOp(":") != null) {
                List<Stmt> body = block();
                if (body != null) {
                    return new Stmt.With(posAt(start), items, body);
                }
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidWithStmt();
            mark = start;
        }
        return null;
    }

    private WithItem withItem() {
        int start = mark;
        Expr context = expression();
        if (context != null && expectKeyword("as") != null) {
            Expr target = starTarget();
            if (target != null && (isOp(",") || isOp(")") || isOp(":"))) {
                return new WithItem(context, Optional.of(target));
            }
        }
        mark = start;
        if (callInvalidRules) {
            if (expression() != null && expectKeyword("as") != null) {
                Expr a = expression();
                if (a != null && (isOp(",") || isOp(")") || isOp(":"))) {
                    raiseIfInvalidTarget(ExpressionKinds.TargetsType.STAR_TARGETS, a);
                }
            }
            mark = start;
        }
        context = expression();
        if (context != null) {
            return new WithItem(context, Optional.empty());
        }
        mark = start;
        return null;
    }

    private Stmt tryStmt() {
        int start = mark;
        if (callInvalidRules) {
            invalidTryStmt();
            mark = start;
        }
        if (expectKeyword("try") != null) {
            expectForced(":");
            List<Stmt> body = block();
            if (body != null) {
                int afterBody = mark;
                List<Stmt> finalBody = finallyBlock();
                if (finalBody != null) {
                    return new Stmt.Try(posAt(start), body, List.of(), List.of(), finalBody);
                }
                mark = afterBody;
                List<ExceptHandler> handlers = oneOrMore(this::exceptBlock);
                if (handlers != null) {
                    List<Stmt> orElse = optionalElseBlock();
                    int beforeFinally = mark;
                    List<Stmt> finallyBody = finallyBlock();
                    if (finallyBody == null) {
                        mark = beforeFinally;
                        finallyBody = List.of();
                    }
                    return new Stmt.Try(posAt(start), body, handlers, orElse, finallyBody);
                }
                // 'try' &&':' block except_star_block+ ...: valid, but there is no AST for exception groups
                mark = afterBody;
                Token except = expectKeyword("except");
                if (except != null && expectOp("*") != null && expression() != null) {
                    optionalAsName();
                    if (isOp(":")) {
                        throw unsupported(except, "'except*' clauses");
                    }
                }
            }
        }
        mark = start;
        return null;
    }

    private ExceptHandler exceptBlock() {
        int start = mark;
        if (callInvalidRules) {
            invalidExceptStmtIndent();
            mark = start;
        }
        if (expectKeyword("except") != null) {
            Expr type = expression();
            if (type != null) {
                String asName = optionalAsName();
                if (expectOp(":") != null) {
                    List<Stmt> body = block();
                    if (body != null) {
                        return new ExceptHandler(posAt(start), Optional.of(type), Optional.ofNullable(asName), body);
                    }
                }
            }
        }
        mark = start;
        if (expectKeyword("except") != null && expectOp(":") != null) {
            List<Stmt> body = block();
            if (body != null) {
                return new ExceptHandler(posAt(start), Optional.empty(), Optional.empty(), body);
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidExceptStmt();
            mark = start;
        }
        return null;
    }

    private List<Stmt> finallyBlock() {
        int start = mark;
        if (callInvalidRules) {
            invalidIndentedBlockAfter("finally", "'finally' statement");
            mark = start;
        }
        if (expectKeyword("finally") != null) {
            expectForced(":");
            List<Stmt> body = block();
            if (body != null) {
                return body;
            }
        }
        mark = start;
        return null;
    }

    // ================================================================== invalid_* rules

    private void invalidAssignment() {
        int start = mark;
        Expr a = invalidAnnAssignTarget();
        if (a != null && expectOp(":") != null && expression() != null) {
            throw raiseAt(a.pos(), "only single target (not " + ExpressionKinds.describe(a) + ") can be annotated");
        }
        mark = start;
        a = starNamedExpression();
        if (a != null && expectOp(",") != null) {
            zeroOrMore(this::starNamedExpressions);
            if (expectOp(":") != null && expression() != null) {
                throw raiseAt(a.pos(), "only single target (not tuple) can be annotated");
            }
        }
        mark = start;
        a = expression();
        if (a != null && expectOp(":") != null && expression() != null) {
            throw raiseAt(a.pos(), "illegal target for annotation");
        }
        mark = start;
        zeroOrMore(this::starTargetsThenEquals);
        a = starExpressions();
        if (a != null && expectOp("=") != null) {
            raiseIfInvalidTarget(ExpressionKinds.TargetsType.STAR_TARGETS, a);
            mark = start;
            return; // no invalid target: the action returned NULL, ending the rule
        }
        mark = start;
        zeroOrMore(this::starTargetsThenEquals);
        a = yieldExpr();
        if (a != null && expectOp("=") != null) {
            throw raiseAt(a.pos(), "assignment to yield expression not possible");
        }
        mark = start;
        a = starExpressions();
        if (a != null && augassign() != null && yieldOrStarExpressions() != null) {
            throw raiseAt(a.pos(), "'" + ExpressionKinds.describe(a)
                    + "' is an illegal expression for augmented assignment");
        }
        mark = start;
    }

    private Expr starTargetsThenEquals() {
        Expr t = starTargets();
        return t != null && expectOp("=") != null ? t : null;
    }

    /** invalid_ann_assign_target: {@code list | tuple | '(' invalid_ann_assign_target ')'}. */
    private Expr invalidAnnAssignTarget() {
        int start = mark;
        Expr e = listDisplay();
        if (e != null) {
            return e;
        }
        mark = start;
        e = tupleDisplay();
        if (e != null) {
            return e;
        }
        mark = start;
        if (expectOp("(") != null) {
            e = invalidAnnAssignTarget();
            if (e != null && expectOp(")") != null) {
                return e;
            }
        }
        mark = start;
        return null;
    }

    /**
     * invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt: a header missing its ':' ("expected ':'") or a
     * header not followed by an indented block.
     */
    private void invalidHeaderStatement(String keyword) {
        int start = mark;
        if (expectKeyword(keyword) != null && namedExpression() != null && isKind(TokenKind.NEWLINE)) {
            mark++;
            throw raise("expected ':'");
        }
        mark = start;
        Token a = expectKeyword(keyword);
        if (a != null) {
            Expr condition = namedExpression();
            if (condition != null && expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null
                    && !isKind(TokenKind.INDENT)) {
                int line = keyword.equals("if") ? condition.pos().line() : a.line();
                throw raiseIndentation("expected an indented block after '" + keyword + "' statement on line "
                        + line);
            }
        }
        mark = start;
    }

    /** {@code a=keyword ':' NEWLINE !INDENT} for else / finally. */
    private void invalidIndentedBlockAfter(String keyword, String what) {
        int start = mark;
        Token a = expectKeyword(keyword);
        if (a != null && expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null
                && !isKind(TokenKind.INDENT)) {
            throw raiseIndentation("expected an indented block after " + what + " on line " + a.line());
        }
        mark = start;
    }

    private void invalidForStmt() {
        int start = mark;
        if (expectKeyword("for") != null && starTargets() != null && expectKeyword("in") != null
                && starExpressions() != null && isKind(TokenKind.NEWLINE)) {
            mark++;
            throw raise("expected ':'");
        }
        mark = start;
        Token a = expectKeyword("for");
        if (a != null && starTargets() != null && expectKeyword("in") != null && starExpressions() != null
                && expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null && !isKind(TokenKind.INDENT)) {
            throw raiseIndentation("expected an indented block after 'for' statement on line " + a.line());
        }
        mark = start;
    }

    private void invalidDefRaw() {
        int start = mark;
        Token a = expectKeyword("def");
        if (a != null && name() != null && expectOp("(") != null) {
            int paramsStart = mark;
            if (params() == null) {
                mark = paramsStart;
            }
            if (expectOp(")") != null) {
                int beforeArrow = mark;
                if (expectOp("->") == null || expression() == null) {
                    mark = beforeArrow;
                }
                if (expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null && !isKind(TokenKind.INDENT)) {
                    throw raiseIndentation("expected an indented block after function definition on line "
                            + a.line());
                }
            }
        }
        mark = start;
    }

    private void invalidClassDefRaw() {
        int start = mark;
        if (expectKeyword("class") != null && name() != null) {
            optionalParenthesizedArguments();
            if (isKind(TokenKind.NEWLINE)) {
                mark++;
                throw raise("expected ':'");
            }
        }
        mark = start;
        Token a = expectKeyword("class");
        if (a != null && name() != null) {
            optionalParenthesizedArguments();
            if (expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null && !isKind(TokenKind.INDENT)) {
                throw raiseIndentation("expected an indented block after class definition on line " + a.line());
            }
        }
        mark = start;
    }

    /** {@code expression ['as' star_target]} (or {@code expressions ...} inside parentheses). */
    private Object withItemHeader(boolean parenthesized) {
        Expr e = parenthesized ? expressions() : expression();
        if (e == null) {
            return null;
        }
        int before = mark;
        if (expectKeyword("as") == null || starTarget() == null) {
            mark = before;
        }
        return MATCHED;
    }

    private void invalidWithStmt() {
        int start = mark;
        if (expectKeyword("with") != null && gather(",", () -> withItemHeader(false)) != null
                && isKind(TokenKind.NEWLINE)) {
            mark++;
            throw raise("expected ':'");
        }
        mark = start;
        if (expectKeyword("with") != null && expectOp("(") != null
                && gather(",", () -> withItemHeader(true)) != null) {
            expectOp(",");
            if (expectOp(")") != null && isKind(TokenKind.NEWLINE)) {
                mark++;
                throw raise("expected ':'");
            }
        }
        mark = start;
    }

    private void invalidWithStmtIndent() {
        int start = mark;
        Token a = expectKeyword("with");
        if (a != null && gather(",", () -> withItemHeader(false)) != null && expectOp(":") != null
                && expectKind(TokenKind.NEWLINE) != null && !isKind(TokenKind.INDENT)) {
            throw raiseIndentation("expected an indented block after 'with' statement on line " + a.line());
        }
        mark = start;
        a = expectKeyword("with");
        if (a != null && expectOp("(") != null && gather(",", () -> withItemHeader(true)) != null) {
            expectOp(",");
            if (expectOp(")") != null && expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null
                    && !isKind(TokenKind.INDENT)) {
                throw raiseIndentation("expected an indented block after 'with' statement on line " + a.line());
            }
        }
        mark = start;
    }

    private void invalidTryStmt() {
        int start = mark;
        Token a = expectKeyword("try");
        if (a != null && expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null
                && !isKind(TokenKind.INDENT)) {
            throw raiseIndentation("expected an indented block after 'try' statement on line " + a.line());
        }
        mark = start;
        if (expectKeyword("try") != null && expectOp(":") != null && block() != null
                && !isKeyword("except") && !isKeyword("finally")) {
            throw raise("expected 'except' or 'finally' block");
        }
        mark = start;
        // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
        if (expectKeyword("try") != null && expectOp(":") != null) {
            zeroOrMore(this::block);
            if (oneOrMore(this::exceptBlock) != null) {
                Token except = expectKeyword("except");
                if (except != null && expectOp("*") != null && expression() != null) {
                    optionalAsName();
                    if (expectOp(":") != null) {
                        throw raiseAt(except, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
        }
        mark = start;
    }

    private void invalidExceptStmt() {
        int start = mark;
        if (expectKeyword("except") != null) {
            expectOp("*");
            Expr a = expression();
            if (a != null && expectOp(",") != null && expressions() != null) {
                optionalAsName();
                if (expectOp(":") != null) {
                    throw raiseAt(a.pos(), "multiple exception types must be parenthesized");
                }
            }
        }
        mark = start;
        if (expectKeyword("except") != null) {
            expectOp("*");
            if (expression() != null) {
                optionalAsName();
                if (isKind(TokenKind.NEWLINE)) {
                    mark++;
                    throw raise("expected ':'");
                }
            }
        }
        mark = start;
        if (expectKeyword("except") != null && isKind(TokenKind.NEWLINE)) {
            mark++;
            throw raise("expected ':'");
        }
        mark = start;
        if (expectKeyword("except") != null && expectOp("*") != null
                && (isKind(TokenKind.NEWLINE) || isOp(":"))) {
            mark++;
            throw raise("expected one or more exception types");
        }
        mark = start;
    }

    private void invalidMatchStmt() {
        int start = mark;
        if (expectSoftKeyword("match") != null && subjectExpr() != null && isKind(TokenKind.NEWLINE)) {
            mark++;
            throw raise("expected ':'");
        }
        mark = start;
        Token a = expectSoftKeyword("match");
        if (a != null && subjectExpr() != null && expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null
                && !isKind(TokenKind.INDENT)) {
            throw raiseIndentation("expected an indented block after 'match' statement on line " + a.line());
        }
        mark = start;
    }

    private void invalidExceptStmtIndent() {
        int start = mark;
        Token a = expectKeyword("except");
        if (a != null && expression() != null) {
            optionalAsName();
            if (expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null && !isKind(TokenKind.INDENT)) {
                throw raiseIndentation("expected an indented block after 'except' statement on line " + a.line());
            }
        }
        mark = start;
        a = expectKeyword("except");
        if (a != null && expectOp(":") != null && expectKind(TokenKind.NEWLINE) != null
                && !isKind(TokenKind.INDENT)) {
            throw raiseIndentation("expected an indented block after 'except' statement on line " + a.line());
        }
        mark = start;
    }
}
