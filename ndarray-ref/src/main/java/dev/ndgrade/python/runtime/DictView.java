package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views of a dict, which see later changes to it.
 *
 * @param kind {@code keys}, {@code values} or {@code items}
 */
public record DictView(PyDict dict, String kind) {

    /** The view's items now, in the dict's order. */
    List<Object> items() {
        List<Object> out = new ArrayList<>();
        for (Object[] kv : dict.pairs()) {
            out.add(switch (kind) {
                case "keys" -> kv[0];
                case "values" -> kv[1];
                default -> PyTuple.of(kv[0], kv[1]);
            });
        }
        return out;
    }

    /** The Python type name: {@code dict_keys}. */
    String typeName() {
        return "dict_" + kind;
    }

    /** {@code x in view}: a key lookup for keys, an item's value compared for items, a scan for values. */
    boolean contains(Object x) {
        if (kind.equals("keys")) {
            return dict.contains(x);
        }
        if (kind.equals("items")) {
            if (!(x instanceof PyTuple t) || t.items().size() != 2) {
                return false;
            }
            Object v = dict.getOrNull(t.items().get(0));
            return v != null && Operators.richEqual(v, t.items().get(1));
        }
        for (Object o : items()) {
            if (Operators.richEqual(o, x)) {
                return true;
            }
        }
        return false;
    }

    String repr() {
        StringBuilder sb = new StringBuilder(typeName()).append("([");
        List<Object> items = items();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(Repr.repr(items.get(i)));
        }
        return sb.append("])").toString();
    }
}
