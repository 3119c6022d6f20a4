a = np.zeros(10)
b = np.concatenate([a, a, a])
live_bytes()
b.nbytes
