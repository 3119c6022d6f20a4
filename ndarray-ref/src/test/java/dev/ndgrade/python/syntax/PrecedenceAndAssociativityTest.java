package dev.ndgrade.python.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How operators group, checked on the records themselves (the golden tests check the same through AstPrinter). */
class PrecedenceAndAssociativityTest {

    private static Expr expression(String source) {
        Stmt only = PythonParser.parseModule(source, "t.py").units().get(0).statements().get(0);
        return assertInstanceOf(Stmt.ExprStmt.class, only).value();
    }

    private static String shape(Expr e) {
        if (e instanceof Expr.BinOp b) {
            return "(" + shape(b.left()) + " " + b.op().symbol() + " " + shape(b.right()) + ")";
        }
        if (e instanceof Expr.UnaryOp u) {
            return "(" + u.op().symbol() + " " + shape(u.operand()) + ")";
        }
        if (e instanceof Expr.BoolOp b) {
            return "(" + b.op().symbol() + " " + String.join(" ", b.values().stream().map(
                    PrecedenceAndAssociativityTest::shape).toList()) + ")";
        }
        if (e instanceof Expr.Compare c) {
            StringBuilder s = new StringBuilder("(" + shape(c.left()));
            for (int i = 0; i < c.ops().size(); i++) {
                s.append(' ').append(c.ops().get(i).symbol()).append(' ').append(shape(c.comparators().get(i)));
            }
            return s.append(')').toString();
        }
        if (e instanceof Expr.IfExp i) {
            return "(" + shape(i.body()) + " if " + shape(i.test()) + " else " + shape(i.orElse()) + ")";
        }
        if (e instanceof Expr.IntLiteral i) {
            return i.value().toString();
        }
        return assertInstanceOf(Expr.Name.class, e).id();
    }

    @Test
    void power_binds_tighter_than_a_unary_minus_on_its_left() {
        assertEquals("(- (2 ** 2))", shape(expression("-2**2")));
    }

    @Test
    void a_unary_minus_on_the_right_of_power_belongs_to_the_exponent() {
        assertEquals("(2 ** (- 1))", shape(expression("2**-1")));
    }

    @Test
    void power_is_right_associative() {
        assertEquals("(2 ** (3 ** 2))", shape(expression("2**3**2")));
    }

    @Test
    void subtraction_and_division_are_left_associative() {
        assertEquals("((a - b) - c)", shape(expression("a - b - c")));
        assertEquals("((a / b) // c)", shape(expression("a / b // c")));
    }

    @Test
    void multiplicative_operators_bind_tighter_than_additive_ones_and_those_than_shifts() {
        assertEquals("((a + (b * c)) << (d - (e % f)))", shape(expression("a + b * c << d - e % f")));
    }

    @Test
    void bitwise_operators_rank_and_over_xor_over_or() {
        assertEquals("(a | (b ^ (c & d)))", shape(expression("a | b ^ c & d")));
    }

    @Test
    void comparisons_chain_into_one_node() {
        assertEquals("(a < b <= c is not d not in e)", shape(expression("a < b <= c is not d not in e")));
    }

    @Test
    void not_binds_looser_than_comparison_and_and_tighter_than_or() {
        assertEquals("(or a (and b (not (c == d))))", shape(expression("a or b and not c == d")));
    }

    @Test
    void a_run_of_the_same_boolean_operator_is_one_node() {
        Expr.BoolOp or = assertInstanceOf(Expr.BoolOp.class, expression("a or b or c"));
        assertEquals(3, or.values().size());
    }

    @Test
    void conditional_expressions_nest_to_the_right() {
        assertEquals("(x if c else (y if d else z))", shape(expression("x if c else y if d else z")));
    }

    @Test
    void the_conditional_expression_binds_looser_than_or() {
        assertEquals("((or a b) if c else d)", shape(expression("a or b if c else d")));
    }

    @Test
    void a_chained_assignment_keeps_its_targets_left_to_right() {
        Stmt.Assign assign = assertInstanceOf(Stmt.Assign.class,
                PythonParser.parseModule("a = b[0] = 1", "t.py").units().get(0).statements().get(0));
        assertEquals(2, assign.targets().size());
        assertInstanceOf(Expr.Name.class, assign.targets().get(0));
        assertInstanceOf(Expr.Subscript.class, assign.targets().get(1));
        assertEquals(BigInteger.ONE, assertInstanceOf(Expr.IntLiteral.class, assign.value()).value());
    }

    @Test
    void a_bare_comma_makes_a_tuple_and_parentheses_alone_do_not() {
        assertEquals(2, assertInstanceOf(Expr.TupleLiteral.class, expression("1, 2")).elements().size());
        assertEquals(1, assertInstanceOf(Expr.TupleLiteral.class, expression("(1,)")).elements().size());
        assertEquals(List.of(), assertInstanceOf(Expr.TupleLiteral.class, expression("()")).elements());
        assertInstanceOf(Expr.IntLiteral.class, expression("(1)"));
    }

    @Test
    void a_subscript_with_commas_gets_a_tuple_of_slices() {
        Expr.Subscript s = assertInstanceOf(Expr.Subscript.class, expression("a[1:, ::2]"));
        Expr.TupleLiteral index = assertInstanceOf(Expr.TupleLiteral.class, s.index());
        Expr.Slice first = assertInstanceOf(Expr.Slice.class, index.elements().get(0));
        Expr.Slice second = assertInstanceOf(Expr.Slice.class, index.elements().get(1));
        assertEquals("1", shape(first.lower().orElseThrow()));
        assertEquals(true, first.upper().isEmpty() && first.step().isEmpty());
        assertEquals("2", shape(second.step().orElseThrow()));
    }

    @Test
    void attribute_call_and_subscript_chain_left_to_right() {
        Expr.Subscript outer = assertInstanceOf(Expr.Subscript.class, expression("np.arange(6).reshape(2, 3)[0]"));
        Expr.Call reshape = assertInstanceOf(Expr.Call.class, outer.value());
        Expr.Attribute method = assertInstanceOf(Expr.Attribute.class, reshape.func());
        assertEquals("reshape", method.name());
        assertEquals(2, reshape.args().size());
        assertInstanceOf(Expr.Call.class, method.value());
    }
}
