x = np.zeros((0, 3), dtype=np.int16)
x // 2
x + 1
