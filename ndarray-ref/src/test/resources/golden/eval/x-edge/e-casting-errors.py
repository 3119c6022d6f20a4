a = np.zeros(3, dtype=np.int64)
a[0] = 1j
a[0] = np.nan
a[0] = np.inf
a[0] = "5"
a
b = np.zeros(2, dtype=np.uint8)
b[0] = -1
b[:] = -1
b
