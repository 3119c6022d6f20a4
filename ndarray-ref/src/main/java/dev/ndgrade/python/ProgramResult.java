package dev.ndgrade.python;

import java.util.Objects;
import java.util.Optional;

/**
 * What a program ({@link Session#exec}) did: what it printed and, when it stopped early, why.
 *
 * @param output what it printed
 * @param error  why it stopped before its end, empty when it ran to the end
 */
public record ProgramResult(String output, Optional<ProgramError> error) {

    public ProgramResult {
        Objects.requireNonNull(output, "output must not be null");
        Objects.requireNonNull(error, "error must not be null");
    }
}
