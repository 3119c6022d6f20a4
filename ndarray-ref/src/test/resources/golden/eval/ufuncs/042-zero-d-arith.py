# 0-d arrays in arithmetic give NumPy scalars.
z = np.array(5)
z + 1
type(z + 1)
z * np.arange(3)
z += 1
z
