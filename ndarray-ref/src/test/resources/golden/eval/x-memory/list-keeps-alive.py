a = np.zeros(50)
l = [a[1:], 3]
del a
live_bytes()
l.pop(0)
live_bytes()
