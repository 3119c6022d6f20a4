a = np.linspace(0, 4, 15).reshape(5, 3)
b = np.broadcast_to(a, (2,) + a.shape)
c = a[..., None]
b.flags.f_contiguous
c.flags.f_contiguous
b[-1] = 110
c
print(a)
print(b)
del a
live_bytes()
c.base is None
