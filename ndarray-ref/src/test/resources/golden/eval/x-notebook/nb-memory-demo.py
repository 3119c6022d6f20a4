big = np.ones(1_000_000)
live_bytes()
small = big[:10]
del big
live_bytes()
small2 = small.copy()
del small
live_bytes()
