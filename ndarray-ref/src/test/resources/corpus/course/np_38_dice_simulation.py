rng = np.random.default_rng(42)
rolls = rng.integers(1, 7, size=(1000, 2))
totals = rolls.sum(axis=1)
counts = np.bincount(totals)
for total in range(2, 13):
    print(f"{total:2d}: {'#' * (counts[total] // 10)}")
