# isinstance with NumPy types.
a = np.arange(3)
isinstance(a, np.ndarray)
isinstance(a[0], np.int64)
isinstance(a[0], int)
isinstance(a.tolist()[0], int)
isinstance(np.float64(1.0), float)
isinstance([a], list)
