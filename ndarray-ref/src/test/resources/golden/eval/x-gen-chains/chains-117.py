a = np.ones(15, dtype=np.int8).reshape(3, 5)
b = np.ascontiguousarray(a)
c = np.array(a, copy=False)
d = b[::-1]
e = d[:, -1]
a.base is a
b.flags.f_contiguous
c.base is None
c.flags.f_contiguous
(b.base is a, np.may_share_memory(b, a))
c.fill(55)
print(c)
print(d)
