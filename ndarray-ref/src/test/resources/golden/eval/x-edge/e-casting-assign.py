a = np.zeros(3, dtype=np.int8)
a[0] = 3.9
a[1] = -3.9
a[2] = True
a
a[:] = np.array([300, 1, 2])
a
a[:] = [1.5, 2.5, 3.5]
a
