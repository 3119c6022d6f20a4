a = np.ones(16, dtype=np.float32).reshape(2, 4, 2)
b = a.T
c = a.squeeze()
d = c.T
c.flags.f_contiguous
a is a
d is d
b *= 2
print(d)
