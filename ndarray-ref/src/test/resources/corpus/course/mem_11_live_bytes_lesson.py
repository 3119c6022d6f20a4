live_bytes()
big = np.zeros(100_000)
live_bytes()
part = big[:100].copy()
del big
live_bytes()
view = part[::2]
del part
live_bytes()
