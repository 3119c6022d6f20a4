a = np.linspace(0, 3, 60).reshape(4, 3, 5)
b = a.astype(a.dtype)
c = b.reshape(-1, 1)
d = c[None]
e = a[..., None]
c.nbytes
e.flags.f_contiguous
a.shape
c.fill(99)
a
print(d)
