a = np.zeros(18, dtype=np.float64).reshape(3, 2, 3)
b = a.swapaxes(0, 1)
c = a.T
d = a[..., None]
e = a.reshape(18)
c.flags['WRITEABLE']
a.base is None
a.strides
d[...] = 117
print(e)
