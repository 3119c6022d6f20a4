# Reductions return scalars; no buffers survive.
a = np.ones((100, 100))
s = a.sum()
col = a.sum(axis=0)
live_bytes()
s, col.nbytes
