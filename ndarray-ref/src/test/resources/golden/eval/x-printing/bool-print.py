b = np.array([True, False, True])
b
print(b)
np.zeros(3, dtype=bool)
np.ones((2, 2), dtype=np.bool_)
