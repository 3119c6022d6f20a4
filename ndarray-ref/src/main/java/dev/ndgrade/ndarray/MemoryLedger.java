package dev.ndgrade.ndarray;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live buffers and who keeps them alive: the deterministic stand-in for a process's memory use. Given the
 * arrays each name reaches, it counts every buffer once, at the bytes NumPy's tracemalloc domain would count.
 */
public final class MemoryLedger {
    private final Map<Buffer, Set<String>> holders;

    private MemoryLedger(Map<Buffer, Set<String>> holders) {
        this.holders = holders;
    }

    /**
     * @param reachable for each root name, the arrays reachable from it (the ledger follows {@code base} itself)
     */
    public static MemoryLedger of(Map<String, List<NdArray>> reachable) {
        Map<Buffer, Set<String>> holders = new IdentityHashMap<>();
        for (Map.Entry<String, List<NdArray>> e : reachable.entrySet()) {
            for (NdArray a : e.getValue()) {
                ArrayBase cur = a;
                while (cur != null) {
                    if (cur instanceof NdArray arr) {
                        holders.computeIfAbsent(arr.buffer(), b -> new LinkedHashSet<>()).add(e.getKey());
                        cur = arr.base();
                    } else {
                        cur = ((DummyArray) cur).base();
                    }
                }
            }
        }
        return new MemoryLedger(holders);
    }

    /** Bytes of array data alive: the sum over distinct live buffers. */
    public long liveBytes() {
        long sum = 0;
        for (Buffer b : holders.keySet()) {
            sum += b.nbytes();
        }
        return sum;
    }

    /** Live buffers and the names that keep each alive, in no particular order. */
    public Map<Buffer, Set<String>> holders() {
        Map<Buffer, Set<String>> out = new LinkedHashMap<>();
        holders.forEach((b, names) -> out.put(b, Set.copyOf(names)));
        return out;
    }
}
