np.linspace(0, 1, 7)
np.linspace(-1, 1, 5)
np.linspace(0, 100, 4)
np.linspace(0, 1, 3, dtype=np.float32)
