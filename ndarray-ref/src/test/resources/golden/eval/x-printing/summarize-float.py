a = np.linspace(0, 1, 1001)
a
