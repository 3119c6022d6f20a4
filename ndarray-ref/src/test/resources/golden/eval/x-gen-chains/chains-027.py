a = np.full(3, 8, dtype=np.int32).reshape(3, 1)
b = a.reshape(3)
c = np.split(b, 1)[0]
d = np.asarray(a)
e = c.astype(c.dtype)
np.shares_memory(e, a)
b.flags.f_contiguous
d.base is c
b.nbytes
a.flags['OWNDATA']
e[-1] = 118
print(e)
