a = np.ones(1000)
v = a[10:20]
del a
v.base.size
v.base.nbytes
live_bytes()
