a = np.linspace(0, 6, 15).reshape(5, 3)
b = a.squeeze()
c = np.array(b, copy=False)
d = b[b > 3]
e = b[4::-1, 1]
e.shape
e is d
b.flags['WRITEABLE']
c[::2] = 21
e
