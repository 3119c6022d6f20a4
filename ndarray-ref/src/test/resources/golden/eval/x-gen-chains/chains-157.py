a = np.zeros(5, dtype=np.float64).reshape(5, 1)
b = a.reshape(-1, 1)
c = b.squeeze()
d = np.lib.stride_tricks.as_strided(b)
c.shape
d.base is None
a.base.shape
a.flags.f_contiguous
c.fill(58)
print(a)
