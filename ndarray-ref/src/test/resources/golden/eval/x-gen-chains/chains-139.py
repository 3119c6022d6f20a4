a = np.linspace(0, 1, 2)
b = np.broadcast_to(a, (2,) + a.shape)
c = a[1::-1]
d = a.reshape(2)
a.flags['WRITEABLE']
b.base.shape
b is b
b.strides
b[b > 1] = 0
d
a
