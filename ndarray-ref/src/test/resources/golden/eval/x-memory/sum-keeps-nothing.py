a = np.arange(100)
s = a.sum()
del a
live_bytes()
s
