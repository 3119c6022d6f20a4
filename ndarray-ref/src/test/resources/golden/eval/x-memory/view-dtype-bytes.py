a = np.zeros(8, dtype=np.int64)
v = a.view(np.int8)
live_bytes()
v.nbytes, a.nbytes
del a
live_bytes()
