np.arange(0, 1, 0.1)
len(np.arange(0, 1, 0.1))
np.arange(1, 2, 0.3)
np.linspace(0, 10, 4, endpoint=False)
