# A reshape that needs a copy owns a new (hidden) buffer.
t = np.arange(6).reshape(2, 3).T.reshape(6)
live_bytes()
t.base.nbytes
m = np.arange(6).reshape(2, 3)
live_bytes()
