package dev.ndgrade.python;

import java.util.List;
import java.util.Optional;

/** Everything a run printed, and what each unit did. */
public record Transcript(String output, List<UnitOutcome> units) {

    public Transcript {
        units = List.copyOf(units);
    }

    /** The repr the last unit displayed, if it was a non-None expression statement that did not raise. */
    public Optional<String> lastValueRepr() {
        return units.isEmpty() ? Optional.empty() : units.get(units.size() - 1).valueRepr();
    }

    /** The type of the first exception any unit raised. */
    public Optional<String> firstErrorType() {
        return units.stream().map(UnitOutcome::errorType).flatMap(Optional::stream).findFirst();
    }
}
