a = np.array([1.0, 2.5, -3.25])
a
print(a)
