x = np.array([-6, -1], dtype=np.int32)
x.astype(np.int8)
x.T
x.imag
x.astype(bool)
