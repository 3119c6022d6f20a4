a = np.zeros(2, dtype=np.int64)
a[0] = "7"
a[1] = " 8 "
a
b = np.zeros(2)
b[0] = "2.5"
b[1] = "nan"
b
c = np.zeros(2, dtype=bool)
c[0] = "x"
c[1] = 1j
c
b[0] = "y"
a[0] = "2.5"
d = np.zeros(2, dtype=np.uint8)
d[0] = "300"
d[1] = None
b[1] = None
b
c[0] = None
c
