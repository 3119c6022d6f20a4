a = np.ones(20, dtype=np.float32).reshape(5, 4)
b = a.flatten()
c = b[None]
d = b[b > 1]
e = a.ravel()
a.strides
np.shares_memory(d, e)
a.base.shape
np.shares_memory(a, c)
b[::2] = 93
print(a)
