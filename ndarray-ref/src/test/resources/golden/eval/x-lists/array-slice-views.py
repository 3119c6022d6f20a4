a = np.array([1, 2, 3, 4])
s = a[1:3]
s[0] = 100
a
