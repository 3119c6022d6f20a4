x = np.array([24], dtype=np.int8)
x.T
x + 1
