cube = np.arange(12, dtype=float).reshape(2, 2, 3) / 4
print(cube)
cube
