a = np.full(5, 9).reshape(5, 1)
b = np.expand_dims(a, 0)
c = np.expand_dims(b, 0)
d = b.astype(b.dtype)
b.flags['OWNDATA']
b.base.shape
b += 1
print(b)
print(d)
del d, b, a, c
live_bytes()
