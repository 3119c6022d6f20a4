a = np.full(1, 3, dtype=np.int16)
b = np.copy(a)
c = b.astype(b.dtype)
d = c.view()
np.shares_memory(a, c)
b.flags.f_contiguous
d.flags.f_contiguous
d.flags['WRITEABLE']
b.flags['OWNDATA']
c[...] = 70
print(c)
d
