a = np.zeros(4, dtype=np.int8)
b = a[None]
c = a[a > 2]
d = b.diagonal()
e = b.swapaxes(0, 1)
a.base is None
d.nbytes
e is b
np.shares_memory(e, b)
c.fill(23)
print(b)
e
print(a)
