a = np.arange(5, dtype=np.int16).reshape(1, 5)
b = a.squeeze()
c = b.copy()
a.base is None
c is a
np.shares_memory(a, b)
b.flags.f_contiguous
c.fill(99)
print(c)
print(a)
print(b)
