a = np.zeros((100, 100))
v = a[::10, ::10]
v.nbytes
del a
live_bytes()
