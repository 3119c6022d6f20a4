# The bytes follow the dtype's item size.
a = np.zeros(1000, dtype=np.int8)
live_bytes()
b = np.zeros(1000, dtype=np.float32)
live_bytes()
c = np.zeros(1000, dtype=np.complex128)
live_bytes()
c.nbytes + b.nbytes + a.nbytes
