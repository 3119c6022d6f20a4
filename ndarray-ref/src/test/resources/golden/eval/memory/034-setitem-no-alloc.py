# Assigning into an existing array allocates no new buffer.
a = np.zeros(1000)
a[:] = 5
a[::2] = np.arange(500)
live_bytes()
a[:4]
