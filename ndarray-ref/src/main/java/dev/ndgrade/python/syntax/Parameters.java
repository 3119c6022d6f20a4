package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parameter list {@code (positionalOnly, /, regular, *varArgs, keywordOnly, **varKeywords)}. Defaults live on each
 * {@link Param}; a bare {@code *} gives keyword-only parameters with an empty {@code varArgs}.
 */
public record Parameters(List<Param> positionalOnly, List<Param> regular, Optional<Param> varArgs,
                         List<Param> keywordOnly, Optional<Param> varKeywords) {
    public Parameters {
        positionalOnly = List.copyOf(positionalOnly);
        regular = List.copyOf(regular);
        keywordOnly = List.copyOf(keywordOnly);
    }

    /** Every parameter in declaration order: positional-only, regular, *args, keyword-only, **kwargs. */
    public static List<Param> all(Parameters p) {
        List<Param> all = new ArrayList<>(p.positionalOnly());
        all.addAll(p.regular());
        p.varArgs().ifPresent(all::add);
        all.addAll(p.keywordOnly());
        p.varKeywords().ifPresent(all::add);
        return all;
    }

    /** {@code ()}: no parameters at all. */
    public static Parameters none() {
        return new Parameters(List.of(), List.of(), Optional.empty(), List.of(), Optional.empty());
    }
}
