rng = np.random.default_rng(0)
rng.random(3)
x = np.arange(6).reshape(2, 3)
y = x.T
rng.shuffle(y)
y
x
rng.permutation(y)
np.random.seed(3)
np.random.shuffle(y)
x
f = np.arange(12.0).reshape(3, 4)[:, ::2]
rng.shuffle(f)
f
np.random.permutation(f)
g = np.random.default_rng(0)
big = g.choice(10**12, size=3, replace=False)
big
big.dtype
np.random.seed(5)
np.random.choice(10**6, size=4, replace=False)
