package dev.ndgrade.python.runtime;

/** A Python {@code range}. */
public record PyRange(long start, long stop, long step) {
    public long length() {
        if (step > 0) {
            return stop > start ? (stop - start + step - 1) / step : 0;
        }
        return start > stop ? (start - stop - step - 1) / (-step) : 0;
    }

    public long get(long i) {
        return start + i * step;
    }
}
