# A size-0 array still allocates 1 byte; a 0-d array holds one item.
e = np.zeros(0)
live_bytes()
z = np.array(1.0)
live_bytes()
i8 = np.array(3, dtype=np.int8)
live_bytes()
del e, z, i8
live_bytes()
