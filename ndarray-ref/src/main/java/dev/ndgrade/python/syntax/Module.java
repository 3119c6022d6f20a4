package dev.ndgrade.python.syntax;

import java.util.List;

/** A parsed file: its top-level units in source order. */
public record Module(String fileName, List<TopLevel> units) {
    public Module {
        units = List.copyOf(units);
    }
}
