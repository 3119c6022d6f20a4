a = np.arange(3)
b = np.broadcast_to(a, (4, 3))
b.strides
b.flags['WRITEABLE']
b[0, 0] = 1
b.base is a
