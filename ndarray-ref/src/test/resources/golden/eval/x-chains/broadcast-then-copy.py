a = np.arange(3)
b = np.broadcast_to(a, (2, 3))
c = b.copy()
c.flags['WRITEABLE']
c.base is None
c[0, 0] = 5
a
