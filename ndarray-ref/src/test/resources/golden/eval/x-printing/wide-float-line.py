a = np.linspace(0, 10, 25)
a
