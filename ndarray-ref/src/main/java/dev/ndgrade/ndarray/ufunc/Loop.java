package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;

import java.util.List;

/**
 * The inner loop a ufunc call runs (one of NumPy's {@code ufunc.types}, e.g. {@code 'dd->d'}): the dtype each input
 * is cast to, and the dtype the loop writes.
 */
record Loop(List<DType> inputs, DType output) {
    Loop {
        inputs = List.copyOf(inputs);
    }

    DType input(int i) {
        return inputs.get(i);
    }

    /** A loop whose inputs all have one dtype (every NumPy loop ndgrade needs but the mixed-sign comparisons). */
    static Loop uniform(int nin, DType in, DType out) {
        return new Loop(java.util.Collections.nCopies(nin, in), out);
    }

    /** NumPy's signature string, e.g. {@code dd->d}. */
    String signature() {
        StringBuilder sb = new StringBuilder();
        inputs.forEach(t -> sb.append(t.typeChar()));
        return sb.append("->").append(output.typeChar()).toString();
    }
}
