a = np.arange(3, dtype=np.uint16)
a.dtype
a.dtype.itemsize
a.dtype == np.uint16
a.dtype.name
a.dtype == 'uint16'
