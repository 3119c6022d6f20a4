a = np.full(32, 0, dtype=np.uint8).reshape(4, 2, 4)
b = a[None]
c = b[..., None]
a.flags['C_CONTIGUOUS']
c.dtype
(c.base is b, np.may_share_memory(c, b))
c.flags['OWNDATA']
c.flags['C_CONTIGUOUS']
c[0] = 23
print(a)
