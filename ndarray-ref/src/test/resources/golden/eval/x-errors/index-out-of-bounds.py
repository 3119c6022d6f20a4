a = np.arange(5)
a[5]
a[-6]
a[10] = 1
m = np.zeros((2, 3))
m[2, 0]
m[0, 3]
m[0, -4]
