package dev.ndgrade.python.runtime;

import java.util.List;

/**
 * A NumPy function whose positional parameter is {@code *args} ({@code np.meshgrid(*xi, copy, sparse, indexing)}):
 * its body gets every positional argument and the values bound to its keyword-only parameters.
 *
 * @param keywords the keyword-only parameters it declares
 */
record VariadicFunction(String module, String name, Params keywords, Body body) implements DeclaredFunction {

    /** The work of the function, on its positional arguments and bound keywords. */
    @FunctionalInterface
    interface Body {
        Object call(List<Object> positional, Object[] v);
    }

    @Override
    public Params params() {
        return keywords;
    }

    @Override
    public Object call(Args args) {
        Args onlyKeywords = new Args(args.function(), List.of(), args.keywords(), args.style());
        return body.call(args.positional(), keywords.bind(onlyKeywords, module, name));
    }
}
