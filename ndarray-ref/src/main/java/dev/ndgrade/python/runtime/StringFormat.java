package dev.ndgrade.python.runtime;

/** {@code str.format} for the simple fields snippets use: {@code {}}, {@code {0}}, {@code {name}}, no format specs. */
final class StringFormat {
    private StringFormat() {
    }

    static String format(String template, Args args) {
        StringBuilder sb = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                    sb.append('{');
                    i++;
                    continue;
                }
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw PyException.valueError("Single '{' encountered in format string");
                }
                String field = template.substring(i + 1, close);
                if (field.contains(":") || field.contains("!")) {
                    throw new UnsupportedFeature("format specifications in str.format");
                }
                Object v;
                if (field.isEmpty()) {
                    v = args.get(auto++);
                } else if (field.chars().allMatch(Character::isDigit)) {
                    v = args.get(Integer.parseInt(field));
                } else {
                    v = args.keywords().get(field);
                    if (v == null) {
                        throw PyException.keyError(field);
                    }
                }
                sb.append(Repr.str(v));
                i = close;
            } else if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    i++;
                }
                sb.append('}');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
