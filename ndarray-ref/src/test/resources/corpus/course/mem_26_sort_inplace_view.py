a = np.array([5, 3, 1, 4])
v = a[:]
v.sort()
a
s = np.sort(a)
s.base is None
