a = np.zeros(3)
a.fill(7)
a
b = np.zeros(3, dtype=int)
b.fill(2.9)
b
r = a.fill(0)
r is None
