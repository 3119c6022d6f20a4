np.linspace(0, 1, 5)
np.linspace(0, 1, 5, endpoint=False)
np.linspace(1, 2, 3, dtype=int)
