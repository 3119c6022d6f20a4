rng = np.random.default_rng(42)
n = 10_000
pts = rng.random((n, 2))
inside = (pts ** 2).sum(axis=1) <= 1
pi_est = 4 * inside.mean()
print(f"pi ~ {pi_est:.4f}")
