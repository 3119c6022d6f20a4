package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.Keyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call to {@code callee}, evaluated left to right: {@code *iterable} spread, {@code **mapping}
 * merged, with CPython's TypeErrors naming the callee as {@code _PyObject_FunctionStr} does.
 */
final class CallArguments {
    private final Evaluator evaluator;
    private final Temporaries held;
    private final Object callee;

    CallArguments(Evaluator evaluator, Temporaries held, Object callee) {
        this.evaluator = evaluator;
        this.held = held;
        this.callee = callee;
    }

    /** Whether a call spreads * or ** arguments (CPython's CALL_FUNCTION_EX, whose argument tuple the caller holds). */
    static boolean unpacks(Expr.Call e) {
        return e.args().stream().anyMatch(a -> a instanceof Expr.Starred) || e.keywords().stream().anyMatch(k -> k.name().isEmpty());
    }

    /** The positional arguments, each held alive while the next is evaluated. */
    List<Object> positional(List<Expr> args) {
        for (Expr a : args) {
            if (a instanceof Expr.Starred s) {
                List<Expr> before = args.subList(0, args.indexOf(a));
                // CPython checks a * argument when it builds the argument tuple, after the earlier arguments
                List<Object> out = new ArrayList<>(evaluator.evalElements(before));
                Object spread = evaluator.eval(s.value());
                if (!Iteration.isIterable(spread)) {
                    throw PyException.typeError(Calls.functionString(callee) + " argument after * must be an iterable, not "
                            + Types.shortName(spread));
                }
                out.addAll(Iteration.iterate(spread));
                out.addAll(positional(args.subList(before.size() + 1, args.size())));
                return out;
            }
        }
        return evaluator.evalElements(args);
    }

    /** The keyword arguments in order, each held alive while the next is evaluated. */
    Map<String, Object> keywords(List<Keyword> keywords) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (Keyword k : keywords) {
            Object v = evaluator.eval(k.value());
            held.hold(v);
            if (k.name().isPresent()) {
                add(kwargs, k.name().get(), v);
            } else if (v instanceof PyDict d) {
                for (Object[] kv : d.pairs()) {
                    if (!(kv[0] instanceof String name)) {
                        throw PyException.typeError("keywords must be strings");
                    }
                    add(kwargs, name, kv[1]);
                }
            } else {
                throw PyException.typeError(Calls.functionString(callee) + " argument after ** must be a mapping, not "
                        + Types.shortName(v));
            }
        }
        return kwargs;
    }

    private void add(Map<String, Object> kwargs, String name, Object value) {
        if (kwargs.put(name, value) != null) {
            throw PyException.typeError(Calls.functionString(callee) + " got multiple values for keyword argument '" + name + "'");
        }
    }
}
