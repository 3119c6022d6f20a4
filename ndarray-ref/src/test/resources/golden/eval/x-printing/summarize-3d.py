a = np.zeros((10, 10, 12), dtype=np.int8)
a
