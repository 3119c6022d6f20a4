a = np.linspace(0, 7, 9).reshape(3, 3)
b = a.copy()
c = a.view()
c.dtype
c.shape
c.flags.f_contiguous
c += 1
a
print(c)
del b, c, a
live_bytes()
