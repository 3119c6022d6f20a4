# Wrapped float rows.
np.linspace(0, 1, 13)
print(np.linspace(0, 1, 13))
np.arange(20) / 7
