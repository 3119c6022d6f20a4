rng = np.random.default_rng(2024)
rng.permutation(10)
rng.permutation(np.arange(5) * 10)
rng.permutation([1.5, 2.5, 3.5])
m = np.arange(12).reshape(4, 3)
p = rng.permutation(m)
p
m
p.base is None, np.shares_memory(p, m)
a = np.arange(10)
rng.shuffle(a)
a
b = np.arange(12).reshape(3, 4)
rng.shuffle(b)
b
base = np.arange(8)
v = base[::2]
rng.shuffle(v)
v
base
lst = [1, 2, 3, 4, 5]
rng.shuffle(lst)
lst
r = np.arange(4)
r.flags.writeable = False
rng.shuffle(r)
rng.choice(5)
rng.choice(5, 3)
rng.choice(5, size=(2, 2))
rng.choice([10, 20, 30])
rng.choice(np.array([10, 20, 30]), size=4)
rng.choice(10, size=4, replace=False)
rng.choice(10, size=10, replace=False)
rng.choice(10, size=3, replace=False, shuffle=False)
rng.choice(20000, size=5, replace=False)
rng.choice(np.arange(12).reshape(4, 3), size=2)
rng.choice(np.arange(12).reshape(4, 3), size=2, replace=False)
rng.choice(0)
rng.choice([])
rng.choice(0, size=0)
rng.choice(5, size=6, replace=False)
rng.choice(2.5)
rng.integers(1000)
