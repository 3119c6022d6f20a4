a = np.arange(10)
l = a.tolist()
del a
live_bytes()
len(l)
