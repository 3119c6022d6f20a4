a = np.linspace(0, 3, 2).reshape(1, 2)
b = np.array(a, copy=False)
c = a[0::3]
a.base is None
np.shares_memory(b, c)
b.flags.f_contiguous
b[0] = 46
print(c)
print(b)
del b
live_bytes()
a.base is None
