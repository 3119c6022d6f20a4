# view(dtype) reuses the buffer.
a = np.zeros(1000, dtype=np.int64)
v = a.view(np.int8)
live_bytes()
v.nbytes, a.nbytes
del a
live_bytes()
v.base.dtype
