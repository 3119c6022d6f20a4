a = np.arange(3)
b = np.broadcast_to(a, (1000, 3))
live_bytes()
c = b.copy()
live_bytes()
b.nbytes
