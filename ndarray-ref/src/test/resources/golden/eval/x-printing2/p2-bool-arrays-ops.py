b = np.array([True, False, True])
b.astype(int)
b * 1.0
b.sum()
~b
b == False
np.where(b)
