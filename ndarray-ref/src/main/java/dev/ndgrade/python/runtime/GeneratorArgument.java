package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generator expression passed as the only positional argument of a builtin that consumes it at once. CPython runs
 * it lazily, one item each time the builtin asks; ndgrade runs it to the end first, which prints the same only where
 * nothing can tell the difference: list(), tuple(), sorted() and str.join() take every item before doing anything
 * else, while sum(), min(), max(), any() and all() may stop early or fail half-way, so for them computing the items
 * must do nothing observable ({@link Interpreter#refusingEffects}) and must not raise. Anything else is unsupported,
 * never guessed.
 */
final class GeneratorArgument {
    private static final Set<String> MAY_STOP_EARLY = Set.of("sum", "min", "max", "any", "all");

    private enum Consumer { TAKES_ALL, MAY_STOP, UNKNOWN }

    private final Interpreter interpreter;
    private final Evaluator evaluator;
    private final Expr.GeneratorExp generator;

    GeneratorArgument(Interpreter interpreter, Expr.GeneratorExp generator) {
        this.interpreter = interpreter;
        this.evaluator = interpreter.evaluator();
        this.generator = generator;
    }

    static boolean isSoleArgument(Expr.Call call) {
        return call.args().size() == 1 && call.args().get(0) instanceof Expr.GeneratorExp;
    }

    /** Calls {@code f} with the generator's items, evaluated in CPython's order where it is observable. */
    Object passTo(Object f, List<Keyword> keywords) {
        Consumer consumer = consumer(f);
        if (consumer == Consumer.UNKNOWN) {
            return evaluator.eval(generator); // raises: a generator object is unsupported
        }
        // the first iterable is evaluated when the generator is made, before the keyword arguments
        Object first = evaluator.eval(generator.generators().get(0).iter());
        Map<String, Object> kwargs = new CallArguments(evaluator, interpreter.temporaries(), f).keywords(keywords);
        PyList items = consumer == Consumer.TAKES_ALL ? items(first) : interpreter.refusingEffects(
                "a generator expression with side effects, passed to a builtin that may stop early", () -> pureItems(first));
        return Calls.call(f, List.of(items), kwargs, interpreter);
    }

    /** Every item; list(), tuple() and sorted() hold the ones they have taken, as this list does. */
    private PyList items(Object first) {
        PyList items = new PyList(new ArrayList<>());
        evaluator.comprehension(generator, generator.generators(), items, first,
                () -> items.items().add(evaluator.eval(generator.element())));
        return items;
    }

    /** Every item, when computing them can neither be seen nor fail: a consumer might not have asked for them all. */
    private PyList pureItems(Object first) {
        try {
            return items(first);
        } catch (PyException | NumpyException e) {
            throw new UnsupportedFeature("a generator expression that raises, passed to a builtin that may stop early");
        }
    }

    private Consumer consumer(Object f) {
        if (f == Types.LIST || f == Types.TUPLE) {
            return Consumer.TAKES_ALL;
        }
        if (f instanceof NamedFunction nf && f == Builtins.lookup(nf.name(), interpreter)) {
            if (nf.name().equals("sorted")) {
                return Consumer.TAKES_ALL;
            }
            return MAY_STOP_EARLY.contains(nf.name()) ? Consumer.MAY_STOP : Consumer.UNKNOWN;
        }
        if (f instanceof BoundMethod m && m.self() instanceof String && m.name().equals("join")) {
            return Consumer.TAKES_ALL; // PyUnicode_Join takes PySequence_Fast of its argument first
        }
        return Consumer.UNKNOWN;
    }
}
