package dev.ndgrade.python.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A module is split into the units CPython's interactive mode compiles one at a time. */
class TopLevelUnitsTest {

    private static List<TopLevel> units(String source) {
        return PythonParser.parseModule(source, "t.py").units();
    }

    @Test
    void simple_statements_joined_by_semicolons_stay_one_unit() {
        List<TopLevel> units = units("x = 1; x\ny = 2\n");
        assertEquals(2, units.size());
        assertEquals(2, units.get(0).statements().size());
        assertInstanceOf(Stmt.Assign.class, units.get(0).statements().get(0));
        assertInstanceOf(Stmt.ExprStmt.class, units.get(0).statements().get(1));
        assertEquals("x = 1; x", units.get(0).source());
    }

    @Test
    void a_compound_statement_is_one_unit_with_its_whole_block() {
        List<TopLevel> units = units("for i in range(3):\n    x = i\n\n    y = i  # last\n# after\nz = 1\n");
        assertEquals(2, units.size());
        TopLevel loop = units.get(0);
        assertEquals(1, loop.firstLine());
        assertEquals(4, loop.lastLine());
        assertEquals("for i in range(3):\n    x = i\n\n    y = i  # last", loop.source());
        assertEquals(6, units.get(1).firstLine());
    }

    @Test
    void a_decorated_definition_starts_at_its_first_decorator() {
        TopLevel def = units("x = 1\n@dec\ndef f():\n    pass\n").get(1);
        assertEquals(2, def.firstLine());
        assertEquals(4, def.lastLine());
        Stmt.FunctionDef f = assertInstanceOf(Stmt.FunctionDef.class, def.statements().get(0));
        assertEquals(3, f.pos().line());
        assertEquals(1, f.decorators().size());
    }

    @Test
    void a_statement_spanning_lines_keeps_all_of_them() {
        TopLevel unit = units("a = np.array([1,\n              2])\n").get(0);
        assertEquals(1, unit.firstLine());
        assertEquals(2, unit.lastLine());
    }

    @Test
    void a_file_of_comments_and_blank_lines_has_no_units() {
        assertEquals(List.of(), units("# nothing here\n\n   \n"));
        assertEquals(List.of(), units(""));
    }

    @Test
    void positions_follow_python_conventions() {
        Stmt.Assign assign = assertInstanceOf(Stmt.Assign.class, units("\n  \nx = a.b\n").get(0).statements().get(0));
        assertEquals(new Pos(3, 0), assign.pos());
        Expr.Attribute value = assertInstanceOf(Expr.Attribute.class, assign.value());
        assertEquals(new Pos(3, 4), value.pos());
    }
}
