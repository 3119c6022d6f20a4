# asarray of an ndarray allocates nothing; np.array copies.
a = np.arange(1000)
b = np.asarray(a)
live_bytes()
c = np.array(a)
live_bytes()
d = np.ascontiguousarray(a[::2])
live_bytes()
