# An empty slice of a big array still keeps it alive.
big = np.arange(100_000)
e = big[5:5]
del big
live_bytes()
e.nbytes
del e
live_bytes()
