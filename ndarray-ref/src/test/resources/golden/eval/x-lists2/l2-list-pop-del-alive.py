a = np.ones(100)
l = [a[:50], a[50:]]
del a
live_bytes()
l.pop()
live_bytes()
del l
live_bytes()
