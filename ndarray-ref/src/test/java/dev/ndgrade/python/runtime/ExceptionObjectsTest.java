package dev.ndgrade.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Errors ndgrade's Java code raises by type name become, when a snippet catches them, objects of real classes:
 * re-raised, they must print the same type name, and {@code except} must match them by their bases.
 */
class ExceptionObjectsTest {

    @ParameterizedTest
    @CsvSource({
        "TypeError, m, TypeError", "ValueError, m, ValueError", "IndexError, m, LookupError",
        "KeyError, m, LookupError", "ZeroDivisionError, m, ArithmeticError", "OverflowError, m, ArithmeticError",
        "AttributeError, m, Exception", "NameError, m, Exception", "AssertionError, m, Exception",
        "MemoryError, '', Exception", "MemoryError, Unable to allocate, MemoryError", "RecursionError, m, RuntimeError",
        "AxisError, axis 2 is out of bounds, IndexError", "AxisError, axis 2 is out of bounds, ValueError",
        "UFuncTypeError, ufunc 'add' did not contain a loop with signature matching types, TypeError",
        "UFuncTypeError, Cannot cast ufunc 'add' output from dtype('float64'), TypeError",
    })
    void aNativeErrorKeepsItsNameAndIsCaughtByItsBases(String typeName, String message, String base) {
        PyBaseException e = ExceptionObjects.fromNative(typeName, message);
        assertEquals(typeName, e.type().name());
        assertEquals(message, ExceptionObjects.str(e));
        assertTrue(Types.isSubclass(e.type(), BuiltinClasses.builtin(base)), typeName + " is a " + base);
    }
}
