x = np.arange(1001, dtype=np.int8)
x
x / 3
