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
 * @param noneByDefault the names whose default is None, so that passing None is not passing anything
 */
public record Signature(List<String> positional, Set<String> keywords, Set<String> noneByDefault, boolean varArgs,
        boolean varKeywords) {

    public Signature {
        positional = List.copyOf(positional);
        keywords = Set.copyOf(keywords);
        noneByDefault = Set.copyOf(noneByDefault);
    }

    static Signature parse(String text) {
        List<String> positional = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        boolean varArgs = false;
        boolean varKeywords = false;
        boolean keywordOnly = false;
        List<String> beforeSlash = new ArrayList<>();
        Set<String> noneByDefault = new LinkedHashSet<>();
        for (String param : text.isBlank() ? new String[0] : text.split(",\\s*")) {
            boolean none = param.endsWith("=None");
            String p = none ? param.substring(0, param.length() - "=None".length()) : param;
            if (none) {
                noneByDefault.add(p);
            }
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
        return new Signature(positional, keywords, noneByDefault, varArgs, varKeywords);
    }

    public boolean acceptsKeyword(String name) {
        return varKeywords || keywords.contains(name);
    }

    public boolean acceptsPositionals(int count) {
        return varArgs || count <= positional.size();
    }
}
