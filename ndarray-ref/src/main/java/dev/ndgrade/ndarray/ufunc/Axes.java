package dev.ndgrade.ndarray.ufunc;

import java.util.List;

/**
 * The {@code axis=} argument of a reduction. NumPy tells an int from a tuple: {@code np.array(5).sum(axis=0)} works,
 * {@code np.array(5).sum(axis=(0,))} is an AxisError.
 */
public sealed interface Axes permits Axes.All, Axes.One, Axes.Tuple {

    /** {@code axis=None}: every axis. */
    static Axes all() {
        return new All();
    }

    /** {@code axis=k}. */
    static Axes one(long axis) {
        return new One(axis);
    }

    /** {@code axis=(a, b, …)}; the empty tuple reduces no axis. */
    static Axes tuple(long... axes) {
        return new Tuple(java.util.Arrays.stream(axes).boxed().toList());
    }

    record All() implements Axes {
    }

    record One(long axis) implements Axes {
    }

    record Tuple(List<Long> axes) implements Axes {
        public Tuple {
            axes = List.copyOf(axes);
        }
    }
}
