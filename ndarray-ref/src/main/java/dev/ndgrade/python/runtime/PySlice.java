package dev.ndgrade.python.runtime;

/** A Python slice object; parts are Python values ({@link PyNone#NONE} when omitted). */
public record PySlice(Object start, Object stop, Object step) {
}
