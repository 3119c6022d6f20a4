"""Writes the table the random tests replay: many seeds, each followed by a run of calls on one generator, as
NumPy 2.4 itself draws them (np.random.default_rng and the legacy np.random.seed functions).

Run from the repository root:  python3 ndarray-ref/src/test/python/make_random_golden.py
Output: ndarray-ref/src/test/resources/random/draws.txt.gz (deterministic).

Line format (space-separated):
  G <seed words...>                  a new default_rng(seed) (one word: an int seed; several: a list of ints)
  L <seed>                           np.random.seed(seed), legacy MT19937
  <call> <args...> : <values...>     a call on the current generator and what it returned, flattened
Floats are Python's repr (shortest round-trip), integers decimal. The legacy Gaussian comes last and small: about
one of its logs in twenty is refused as irreproducible, which loses the generator for the rest of the run.
"""
import gzip
import os

import numpy as np

assert np.__version__.startswith("2.4"), np.__version__
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "random", "draws.txt.gz")

SEEDS = [0, 1, 2, 3, 7, 42, 123, 1234, 2024, 12345, 2**32 - 1, 2**32, 2**63 + 5, 2**64 + 1, 2**128 + 3]
SEED_LISTS = [[1, 2], [0, 0, 0, 0, 0], [2**40, 5, 6, 7, 8, 9]]
LEGACY_SEEDS = [0, 1, 2, 42, 123, 1234, 2**32 - 1, 987654321] + list(range(1000, 1100))


def line(call, args, values):
    flat = np.asarray(values).ravel().tolist()
    return " ".join([call] + [str(a) for a in args] + [":"] + [repr(v) for v in flat])


def generator_calls(rng):
    yield line("random", [7], rng.random(7))
    yield line("integers", [0, 10, 0, 9], rng.integers(0, 10, size=9))
    yield line("integers", [-5, 5, 1, 6], rng.integers(-5, 5, size=6, endpoint=True))
    yield line("integers", [0, 2**40, 0, 5], rng.integers(0, 2**40, size=5))
    yield line("integers", [0, 2**32, 0, 3], rng.integers(0, 2**32, size=3))
    yield line("integers", [-2**63, 2**63, 0, 3], rng.integers(-2**63, 2**63, size=3))
    yield line("integers", [0, 3, 0, 1], [rng.integers(0, 3)])
    for dtype, low, high in (("int8", -100, 100), ("uint8", 0, 256), ("int16", -5, 7), ("uint16", 0, 65536),
                             ("int32", -7, 2**31 - 1), ("uint32", 0, 2**32)):
        yield line("integers_t", [low, high, 0, 9, dtype], rng.integers(low, high, size=9, dtype=dtype))
        yield line("integers_t", [low, high, 0, 1, dtype], [rng.integers(low, high, dtype=dtype)])
    yield line("standard_normal", [100], rng.standard_normal(100))
    yield line("normal", [2.5, 0.5, 4], rng.normal(2.5, 0.5, size=4))
    yield line("uniform", [-1.0, 3.0, 5], rng.uniform(-1.0, 3.0, size=5))
    yield line("permutation", [12], rng.permutation(12))
    yield line("choice", [10, 4, 0], rng.choice(10, size=4, replace=False))
    yield line("choice", [20000, 500, 0], rng.choice(20000, size=500, replace=False))
    yield line("choice", [10, 5, 1], rng.choice(10, size=5))
    yield line("random", [3], rng.random(3))


def legacy_calls():
    yield line("rand", [6], np.random.rand(6))
    yield line("randint", [0, 10, 8], np.random.randint(0, 10, size=8))
    yield line("randint", [-3, 2**40, 4], np.random.randint(-3, 2**40, size=4))
    for dtype, low, high in (("int8", -100, 100), ("uint8", 0, 256), ("int16", -5, 7), ("uint16", 0, 65536)):
        yield line("randint_t", [low, high, 7, dtype], np.random.randint(low, high, size=7, dtype=dtype))
    yield line("uniform", [3.0, -1.0, 4], np.random.uniform(3.0, -1.0, size=4))
    yield line("permutation", [11], np.random.permutation(11))
    yield line("choice", [10, 4, 0], np.random.choice(10, size=4, replace=False))
    yield line("choice", [10, 5, 1], np.random.choice(10, size=5))
    yield line("randn", [3], np.random.randn(3))
    yield line("normal", [1.0, 2.0, 2], np.random.normal(1.0, 2.0, size=2))


def main():
    lines = []
    for seed in SEEDS + SEED_LISTS:
        words = seed if isinstance(seed, list) else [seed]
        lines.append("G " + " ".join(str(w) for w in words))
        lines.extend(generator_calls(np.random.default_rng(seed)))
    for seed in LEGACY_SEEDS:
        lines.append("L %d" % seed)
        np.random.seed(seed)
        lines.extend(legacy_calls())
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode())


if __name__ == "__main__":
    main()
