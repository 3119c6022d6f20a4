rng = np.random.default_rng(42)
m = rng.integers(1, 10, size=(3, 4)).astype(float)
row_sums = m.sum(axis=1, keepdims=True)
norm = m / row_sums
print(norm.round(3))
print(norm.sum(axis=1))
