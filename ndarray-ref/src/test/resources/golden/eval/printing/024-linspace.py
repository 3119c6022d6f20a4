# linspace values need all 8 decimals.
np.linspace(0, 1, 7)
np.linspace(0, 1, 5)
np.linspace(-1, 1, 3)
np.linspace(0, 10, 4, endpoint=False)
