a = np.arange(3)
a[0] = np.ones(1)
a[0] = [5]
a[0] = (1, 2)
a[0] = np.array(7)
a
b = np.zeros((2, 2))
b[0, 0] = np.ones(3)
b[0, 0] = [1, 2]
b[0] = np.ones(3)
z = np.array(5.0)
z[()] = [1]
z[...] = np.ones(3)
c = np.zeros(2, dtype=np.complex128)
c[1] = [1]
c[1] = np.ones(2)
t = np.zeros(2, dtype=bool)
t[0] = [1]
t
