# A small slice of a big array holds all of it; a copy holds only itself.
big = np.zeros(1_000_000)
head = big[:10]
head_copy = big[:10].copy()
del big
live_bytes()
del head
live_bytes()
