a = np.arange(3)
a += 1.5
a
b = np.array([1.0, 2.0])
b //= 2
b
c = np.array([True, False])
c - c
-c
