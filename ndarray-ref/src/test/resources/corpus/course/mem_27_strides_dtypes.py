for dt in (np.int8, np.int16, np.float32, np.float64):
    a = np.zeros((2, 3), dtype=dt)
    print(np.dtype(dt).name, a.strides, a.T.strides)
