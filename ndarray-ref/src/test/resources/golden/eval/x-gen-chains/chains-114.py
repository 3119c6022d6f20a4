a = np.full(2, 8, dtype=np.uint8)
b = a.flatten()
c = np.array(b, copy=False)
d = b.astype(np.int64, copy=False)
e = b.view()
c.flags['WRITEABLE']
np.shares_memory(d, d)
(a.base is d, np.may_share_memory(a, d))
c.dtype
c *= 2
print(b)
d
print(e)
