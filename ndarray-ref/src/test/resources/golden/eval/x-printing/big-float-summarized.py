a = np.arange(1500) / 7
a
