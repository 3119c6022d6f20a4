a = np.arange(1, 4)
a ** -1
a ** 0.5
2 ** a
