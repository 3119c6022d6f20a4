package dev.ndgrade.python.syntax;

/** One entry of a dict display: {@code key: value} or {@code **mapping}. */
public sealed interface DictItem {

    /** {@code key: value}. */
    record KeyValue(Expr key, Expr value) implements DictItem {
    }

    /** {@code **mapping}. */
    record Unpack(Expr mapping) implements DictItem {
    }
}
