a = np.arange(3, dtype=np.int8)
b = a[3:3]
c = np.array(b)
d = np.asfortranarray(a)
a.base is None
d.nbytes
b.shape
d.flags.f_contiguous
c += 1
print(b)
del d
live_bytes()
b.base is None
