a = np.linspace(0, 9, 25).reshape(5, 5)
b = a.astype(a.dtype)
c = b.copy()
d = np.expand_dims(b, 0)
d.base.shape
d.flags['WRITEABLE']
(b.base is c, np.may_share_memory(b, c))
b[b > 1] = 0
print(a)
print(b)
