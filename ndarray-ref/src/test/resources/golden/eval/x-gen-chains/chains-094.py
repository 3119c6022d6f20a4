a = np.arange(8).reshape(2, 4)
b = a.T
c = np.split(a, 2)[0]
d = np.copy(b)
(a.base is b, np.may_share_memory(a, b))
(c.base is b, np.may_share_memory(c, b))
b[b > 1] = 0
print(d)
del a, d, c, b
live_bytes()
