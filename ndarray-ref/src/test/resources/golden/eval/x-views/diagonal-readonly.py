m = np.arange(9).reshape(3, 3)
d = m.diagonal()
d
d.flags['WRITEABLE']
d.base is m
d[0] = 5
