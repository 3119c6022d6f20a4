np.random.seed(42)
[np.random.randint(6) for _ in range(5)]
def roll(n):
    return np.random.randint(1, 7, size=n)
roll(4)
rng = np.random.default_rng(2025)
vals = [rng.random() for _ in range(3)]
vals
f"{rng.random():.3f}"
round(rng.uniform(0, 10), 2)
total = 0
for i in range(4):
    total += rng.integers(10)
total
data = rng.normal(50, 10, size=(3, 4))
data.mean(axis=0).shape
mask = data > 50
mask.sum()
idx = rng.permutation(len(data))
data[idx].shape
train = data[idx[:2]]
train.base is None
np.random.seed(0)
a = np.random.randint(0, 10, (3, 3))
a
b = a[:, ::-1]
np.random.shuffle(b)
a
