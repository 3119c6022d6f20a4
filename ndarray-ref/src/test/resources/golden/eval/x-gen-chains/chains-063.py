a = np.ones(16, dtype=np.int32).reshape(4, 4, 1)
b = np.array(a)
c = a.squeeze()
d = c.swapaxes(0, 1)
e = a[1::3]
c.flags['OWNDATA']
e.flags.f_contiguous
d[0] = 26
print(c)
del e, c, d, a, b
live_bytes()
