a = np.arange(10, dtype=np.float64).reshape(5, 2, 1)
b = a.reshape(-1, 1)
c = b[:, 0::2]
d = np.expand_dims(c, 0)
a.flags.f_contiguous
(c.base is b, np.may_share_memory(c, b))
d.flags.f_contiguous
d is b
a.flags['WRITEABLE']
b[b > 1] = 0
b
print(d)
