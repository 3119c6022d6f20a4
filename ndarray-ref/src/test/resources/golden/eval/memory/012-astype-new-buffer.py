# astype allocates a new buffer in the new dtype.
a = np.arange(1000)
b = a.astype(np.int16)
live_bytes()
a = a.astype(np.int8)
live_bytes()
del b
live_bytes()
