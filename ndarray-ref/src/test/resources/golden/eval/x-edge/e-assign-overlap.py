a = np.arange(8)
a[2:] = a[:-2]
a
b = np.arange(8)
b[:-2] = b[2:]
b
c = np.arange(6)
c[::-1] = c
c
