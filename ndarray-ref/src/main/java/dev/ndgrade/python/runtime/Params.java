package dev.ndgrade.python.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters a bound NumPy function or method declares: its real parameter names in NumPy's positional order
 * (the first {@code required} must be given, the first {@code positional} may be given by position), and those
 * among them it refuses. A keyword or position NumPy accepts but the declaration does not implement is
 * unsupported; one NumPy does not accept gets NumPy's TypeError.
 */
record Params(int required, int positional, List<String> names, Set<String> refused, Set<String> parserNoneDefaults) {

    Params {
        names = List.copyOf(names);
        refused = Set.copyOf(refused);
        parserNoneDefaults = parserNoneDefaults == null ? null : Set.copyOf(parserNoneDefaults);
    }

    /** Parameters that may all be given by position. */
    static Params of(int required, String... names) {
        return new Params(required, names.length, Arrays.asList(names), Set.of(), null);
    }

    /** These parameters, of which only the first {@code count} may be given by position. */
    Params positional(int count) {
        return new Params(required, count, names, refused, parserNoneDefaults);
    }

    /**
     * These parameters with NumPy's {@code more} refused: the reference does not implement them. Those not yet
     * named (keyword-only ones) are added at the end.
     */
    Params refusing(String... more) {
        List<String> all = new java.util.ArrayList<>(names);
        Arrays.stream(more).filter(n -> !all.contains(n)).forEach(all::add);
        Set<String> no = new java.util.HashSet<>(refused);
        no.addAll(Arrays.asList(more));
        return new Params(required, positional == names.size() ? all.size() : positional, all, no, parserNoneDefaults);
    }

    /**
     * Refuses the keywords of a call of {@code owner.name} that NumPy accepts (by the inventory's signature; all
     * when it has none) and this declaration does not implement; returns NumPy's signature.
     */
    Optional<Signature> refuseKeywords(Args args, String owner, String name) {
        Optional<Signature> real = parserKnown()
                ? Optional.of(new Signature(names.subList(0, positional), Set.copyOf(names), parserNoneDefaults, false, false))
                : Inventory.signature(owner, name);
        for (String k : args.keywords().keySet()) {
            boolean meansDefault = args.keywords().get(k) instanceof PyNone && names.contains(k)
                    && real.map(s -> s.noneByDefault().contains(k)).orElse(false);
            if ((!names.contains(k) || refused.contains(k) && !meansDefault) && real.map(s -> s.acceptsKeyword(k)).orElse(true)) {
                throw new UnsupportedFeature("the argument '" + k + "' of " + owner + "." + name);
            }
        }
        return real;
    }

    /**
     * A declared parameter NumPy's signature marks positional-only, given by keyword: NumPy's parsers disagree on what then
     * happens (np.where raises one TypeError, np.concatenate another, np.empty_like takes it), so it is unsupported.
     */
    private void refusePositionalOnly(Args args, Signature sig, String owner, String name) {
        for (String k : args.keywords().keySet()) {
            if (names.contains(k) && sig.positional().contains(k) && !sig.keywords().contains(k)) {
                throw new UnsupportedFeature("the positional-only argument '" + k + "' of " + owner + "." + name + " given by keyword");
            }
        }
    }

    /**
     * These parameters as the whole of what NumPy's parser accepts, where inspect reads only {@code *args} or
     * {@code **kwargs} ({@code ndarray.view}, the reductions' Python helpers).
     */
    Params whole(String... noneByDefault) {
        return new Params(required, positional, names, refused, Set.of(noneByDefault));
    }

    /** Whether the declaration is NumPy's whole parser (see {@link #whole}), not checked against the inventory. */
    boolean parserKnown() {
        return parserNoneDefaults != null;
    }

    /** The value bound to parameter {@code name} in {@code v}, or null when not given or not declared. */
    Object value(Object[] v, String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : v[i];
    }

    /** The names the reference implements. */
    List<String> implemented() {
        return names.stream().filter(n -> !refused.contains(n)).toList();
    }

    /**
     * Binds a call of {@code owner.name}: values by position in {@link #names}, null for those not given.
     * Unimplemented keywords and positions NumPy accepts (by the inventory's signature; all of them when it has
     * none) are refused before anything else is checked.
     */
    Object[] bind(Args args, String owner, String name) {
        Optional<Signature> real = refuseKeywords(args, owner, name);
        real.ifPresent(sig -> refusePositionalOnly(args, sig, owner, name));
        if (args.size() > positional && real.map(s -> s.acceptsPositionals(args.size())).orElse(true)) {
            throw new UnsupportedFeature(args.size() + " positional arguments to " + owner + "." + name);
        }
        Object[] v = args.bindRequired(required, positional, names.toArray(String[]::new));
        for (int i = 0; i < v.length; i++) {
            String p = names.get(i);
            if (v[i] instanceof PyNone && refused.contains(p) && real.map(s -> s.noneByDefault().contains(p)).orElse(false)) {
                v[i] = null;
            } else if (v[i] != null && refused.contains(p)) {
                throw new UnsupportedFeature("the argument '" + names.get(i) + "' of " + owner + "." + name);
            }
        }
        return v;
    }
}
