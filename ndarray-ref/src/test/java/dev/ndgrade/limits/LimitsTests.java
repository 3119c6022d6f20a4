package dev.ndgrade.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The limits' names and values, and the meter's arithmetic. */
class LimitsTests {

    @Test
    void eachLimitIsSetByItsName() {
        Limits limits = Limits.DEFAULT;
        for (String name : Limits.names()) {
            limits = limits.with(name, 7);
        }
        assertEquals(new Limits(7, 7, 7, 7, 7, 7, 7), limits);
    }

    @Test
    void unknownNamesAndNonPositiveValuesAreRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Limits.DEFAULT.with("memory", 1));
        assertEquals("unknown limit 'memory' (expected steps, seconds, array-bytes, int-bits, str-chars, list-items,"
                + " output-bytes)", unknown.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Limits.DEFAULT.with("steps", 0));
        assertEquals("steps must be positive, found 0", zero.getMessage());
    }

    @Test
    void elementWorkCostsOneStepPerSixtyFourElementsAndUnitsStartAfresh() {
        Meter meter = new Meter(Limits.NONE.with("steps", 10));
        meter.startUnit();
        meter.elements(9 * Meter.ELEMENTS_PER_STEP);
        meter.step();
        assertThrows(LimitExceeded.class, () -> meter.elements(1));
        meter.startUnit();
        meter.steps(10);
        assertThrows(LimitExceeded.class, meter::step);
    }

    @Test
    void hugeChargesSaturateInsteadOfOverflowing() {
        Meter meter = new Meter(Limits.DEFAULT);
        meter.startUnit();
        assertThrows(LimitExceeded.class, () -> meter.steps(Long.MAX_VALUE / 2));
        assertThrows(LimitExceeded.class, () -> meter.allocate(Long.MAX_VALUE));
        Meter unlimited = new Meter(Limits.NONE);
        unlimited.steps(Long.MAX_VALUE / 2);
        unlimited.allocate(Long.MAX_VALUE);
    }

    @Test
    void aLimitErrorKeepsTheInnermostLine() {
        LimitExceeded e = new LimitExceeded("x").at(3).at(1);
        assertEquals(3, e.line().getAsInt());
    }
}
