a = np.arange(3).reshape(1, 3)
b = a.astype(a.dtype)
c = b.astype(np.int64, copy=False)
c.flags['OWNDATA']
b.strides
b.dtype
a.dtype
c[-1] = 56
print(a)
print(c)
