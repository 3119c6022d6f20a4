# A tuple holding a view keeps the base alive.
big = np.zeros(10_000)
pair = (big[:1], 5)
del big
live_bytes()
pair = None
live_bytes()
