a = np.linspace(0, 6, 4).reshape(1, 4)
b = a.transpose()
c = b.view()
d = c[()]
(a.base is c, np.may_share_memory(a, c))
c.strides
d.nbytes
d is a
c.shape
b[::2] = 20
print(d)
