a = np.zeros(100, dtype=np.float32).reshape(5, 5, 4)
b = a[()]
c = b.copy()
d = c.squeeze()
a.base.shape
a.base.shape
d.flags.f_contiguous
c *= 2
b
c
