# ravel of a contiguous array is free; flatten always pays.
m = np.zeros((100, 100))
r = m.ravel()
live_bytes()
f = m.flatten()
live_bytes()
t = m.T.ravel()
live_bytes()
