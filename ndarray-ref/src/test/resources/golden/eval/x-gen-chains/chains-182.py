a = np.full(8, -2, dtype=np.int32).reshape(4, 2, 1)
b = a[[-3, 1]]
c = b[b > 1]
d = np.asfortranarray(c)
b.base.shape
a.flags['C_CONTIGUOUS']
b.strides
(c.base is c, np.may_share_memory(c, c))
d.flags.f_contiguous
b[0] = 117
print(b)
