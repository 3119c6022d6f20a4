a = np.ones(5, dtype=np.float32)
b = a.squeeze()
c = b[...]
d = np.array(a, copy=False)
a.flags['OWNDATA']
a.flags['WRITEABLE']
c.base is None
d.dtype
b[-1] = 61
c
a
b
