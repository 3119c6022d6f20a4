a = np.zeros(100, dtype=np.int8)
live_bytes()
b = a.astype(np.int64)
live_bytes()
a.nbytes, b.nbytes
