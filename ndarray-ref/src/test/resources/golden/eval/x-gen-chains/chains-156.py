a = np.zeros(9, dtype=np.uint8).reshape(3, 3)
b = np.lib.stride_tricks.as_strided(a)
c = b.squeeze()
d = a.squeeze()
c.flags.f_contiguous
d.base is None
c.base is c
(b.base is b, np.may_share_memory(b, b))
c[...] = 89
print(d)
