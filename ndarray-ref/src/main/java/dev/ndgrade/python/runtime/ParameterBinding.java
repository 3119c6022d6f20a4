package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Param;
import dev.ndgrade.python.syntax.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Binds one call's arguments to a snippet function's parameters as CPython 3.11's {@code initialize_locals} does,
 * raising its TypeErrors word for word, in the same order.
 */
final class ParameterBinding {
    private final UserFunction function;
    private final Parameters params;
    private final String fn;
    /** Positional-only then regular parameters, then keyword-only ones: CPython's first local slots. */
    private final List<String> names = new ArrayList<>();
    private final int argCount;
    private final Object[] slots;

    private ParameterBinding(UserFunction function) {
        this.function = function;
        this.params = function.code().params();
        this.fn = function.qualname() + "()";
        params.positionalOnly().forEach(p -> names.add(p.name()));
        params.regular().forEach(p -> names.add(p.name()));
        this.argCount = names.size();
        params.keywordOnly().forEach(p -> names.add(p.name()));
        this.slots = new Object[names.size()];
    }

    /** Every parameter's value, in declaration order. */
    static Map<String, Object> bind(UserFunction function, List<Object> args, Map<String, Object> keywords) {
        return new ParameterBinding(function).bindAll(args, keywords);
    }

    private Map<String, Object> bindAll(List<Object> args, Map<String, Object> keywords) {
        int n = Math.min(args.size(), argCount);
        for (int i = 0; i < n; i++) {
            slots[i] = args.get(i);
        }
        PyDict extraKeywords = params.varKeywords().isPresent() ? new PyDict() : null;
        keywords.forEach((key, value) -> keyword(key, value, keywords, extraKeywords));
        if (args.size() > argCount && params.varArgs().isEmpty()) {
            throw tooManyPositional(args.size());
        }
        if (args.size() < argCount) {
            positionalDefaults(args.size(), n);
        }
        keywordOnlyDefaults();
        Map<String, Object> bound = new LinkedHashMap<>();
        for (int i = 0; i < argCount; i++) {
            bound.put(names.get(i), slots[i]);
        }
        params.varArgs().ifPresent(p -> bound.put(p.name(), PyTuple.of(args.subList(n, args.size()))));
        for (int i = argCount; i < names.size(); i++) {
            bound.put(names.get(i), slots[i]);
        }
        params.varKeywords().ifPresent(p -> bound.put(p.name(), extraKeywords));
        return bound;
    }

    private void keyword(String key, Object value, Map<String, Object> keywords, PyDict extraKeywords) {
        int j = names.indexOf(key);
        if (j < params.positionalOnly().size()) {
            if (extraKeywords == null) {
                positionalOnlyPassedAsKeyword(keywords);
                throw PyException.typeError(fn + " got an unexpected keyword argument '" + key + "'");
            }
            extraKeywords.put(key, value);
            return;
        }
        if (slots[j] != null) {
            throw PyException.typeError(fn + " got multiple values for argument '" + key + "'");
        }
        slots[j] = value;
    }

    private void positionalOnlyPassedAsKeyword(Map<String, Object> keywords) {
        List<String> passed = params.positionalOnly().stream().map(Param::name).filter(keywords::containsKey).toList();
        if (!passed.isEmpty()) {
            throw PyException.typeError(fn + " got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", passed) + "'");
        }
    }

    private PyException tooManyPositional(int given) {
        long keywordOnlyGiven = Arrays.stream(slots, argCount, slots.length).filter(Objects::nonNull).count();
        int defaults = function.defaults().size();
        String takes = defaults > 0 ? "from " + (argCount - defaults) + " to " + argCount : String.valueOf(argCount);
        boolean plural = defaults > 0 || argCount != 1;
        String keywordOnly = keywordOnlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "")
                + " (and " + keywordOnlyGiven + " keyword-only argument" + (keywordOnlyGiven != 1 ? "s" : "") + ")";
        return PyException.typeError(fn + " takes " + takes + " positional argument" + (plural ? "s" : "") + " but "
                + given + keywordOnly + " " + (given == 1 && keywordOnlyGiven == 0 ? "was" : "were") + " given");
    }

    /** Missing positionals are an error unless defaulted; defaults fill only the slots no argument filled. */
    private void positionalDefaults(int given, int copied) {
        List<Object> defaults = function.defaults();
        int firstDefaulted = argCount - defaults.size();
        missing("positional", given, firstDefaulted);
        for (int i = Math.max(copied - firstDefaulted, 0); i < defaults.size(); i++) {
            if (slots[firstDefaulted + i] == null) {
                slots[firstDefaulted + i] = defaults.get(i);
            }
        }
    }

    private void keywordOnlyDefaults() {
        for (int i = argCount; i < names.size(); i++) {
            if (slots[i] == null) {
                slots[i] = function.keywordDefaults().get(names.get(i));
            }
        }
        missing("keyword-only", argCount, names.size());
    }

    private void missing(String kind, int from, int to) {
        List<String> missing = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (slots[i] == null) {
                missing.add("'" + names.get(i) + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw PyException.typeError(fn + " missing " + missing.size() + " required " + kind + " argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + Args.pythonList(missing));
        }
    }
}
