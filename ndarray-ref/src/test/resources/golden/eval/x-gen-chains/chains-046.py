a = np.linspace(0, 5, 4).reshape(1, 4)
b = a[[0]]
c = np.copy(b)
d = c.reshape(4)
e = c[..., None]
a.shape
e.flags['C_CONTIGUOUS']
(e.base is b, np.may_share_memory(e, b))
b.strides
c[...] = 46
a
print(b)
print(c)
