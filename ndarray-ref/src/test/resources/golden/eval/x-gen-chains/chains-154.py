a = np.full(5, 2, dtype=np.uint8)
b = np.broadcast_to(a, (2,) + a.shape)
c = b.diagonal()
d = a[a > 0]
a.strides
c.base is a
(d.base is d, np.may_share_memory(d, d))
d.flags['C_CONTIGUOUS']
d.fill(93)
print(b)
a
print(c)
