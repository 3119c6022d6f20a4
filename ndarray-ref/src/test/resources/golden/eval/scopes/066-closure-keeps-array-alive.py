def make():
    a = np.ones(100)
    return lambda: a.sum()
h = make()
live_bytes()
h()
del h
live_bytes()
