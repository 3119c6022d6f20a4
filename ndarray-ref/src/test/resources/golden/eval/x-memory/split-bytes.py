a = np.arange(30)
parts = np.split(a, 3)
del a
live_bytes()
del parts
live_bytes()
