package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A real function's parameters as {@code inspect.signature} printed them ({@code a, /, shape, order, *, copy}),
 * which says what the function accepts whatever the reference implements of it.
 *
 * @param positional the names that may be given by position, in order
 * @param keywords the names that may be given by keyword
 */
public record Signature(List<String> positional, Set<String> keywords, boolean varArgs, boolean varKeywords) {

    public Signature {
        positional = List.copyOf(positional);
        keywords = Set.copyOf(keywords);
    }

    static Signature parse(String text) {
        List<String> positional = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        boolean varArgs = false;
        boolean varKeywords = false;
        boolean keywordOnly = false;
        List<String> beforeSlash = new ArrayList<>();
        for (String p : text.isBlank() ? new String[0] : text.split(",\\s*")) {
            if (p.equals("/")) {
                beforeSlash.addAll(positional);
            } else if (p.equals("*")) {
                keywordOnly = true;
            } else if (p.startsWith("**")) {
                varKeywords = true;
            } else if (p.startsWith("*")) {
                varArgs = true;
                keywordOnly = true;
            } else {
                if (!keywordOnly) {
                    positional.add(p);
                }
                keywords.add(p);
            }
        }
        keywords.removeAll(beforeSlash);
        return new Signature(positional, keywords, varArgs, varKeywords);
    }

    public boolean acceptsKeyword(String name) {
        return varKeywords || keywords.contains(name);
    }

    public boolean acceptsPositionals(int count) {
        return varArgs || count <= positional.size();
    }
}
