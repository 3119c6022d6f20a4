a = np.linspace(0, 4, 5)
b = a[[2, -3, -1]]
c = b.view()
d = c.astype(c.dtype)
e = a.T
(d.base is d, np.may_share_memory(d, d))
a.nbytes
e[...] = 87
print(c)
