rng = np.random.default_rng(0)
counts = np.zeros(3, dtype=int)
for _ in range(30):
    counts[rng.integers(0, 3)] += 1
counts
counts.sum()
