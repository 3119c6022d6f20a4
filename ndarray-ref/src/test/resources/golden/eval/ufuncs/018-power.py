# Powers with ints and floats.
a = np.arange(4)
a ** 2
2 ** a
a ** 0.5
a ** -1
a ** np.array([1, 2, 3, 0])
np.arange(1.0, 4.0) ** -1
