rng = np.random.default_rng(42)
x = rng.integers(0, 100, size=6)
print(x)
y = rng.random(3)
print(y)
z = rng.normal(0, 1, size=2)
z
