a = np.zeros(80, dtype=np.int16).reshape(5, 4, 4)
b = a.copy()
c = b[2::2]
d = np.expand_dims(a, 0)
e = a[...]
c.nbytes
b is e
(e.base is b, np.may_share_memory(e, b))
d.dtype
b[::2] = 35
print(b)
print(e)
