# each copy dies when the name is rebound, after the next one exists: a and two copies at once, never more
a = np.ones(1_000_000)
for i in range(5):
    c = a.copy()
peak_bytes() // 1_000_000
del c
chunks = [a[i:i + 100_000].copy() for i in range(0, 1_000_000, 100_000)]
peak_bytes() // 1_000_000
live_bytes()
