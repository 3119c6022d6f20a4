a = np.linspace(0, 9, 10).reshape(1, 2, 5)
b = a.astype(np.float64)
c = np.expand_dims(a, 0)
d = b.astype(np.float64)
e = a.view()
np.shares_memory(a, b)
(e.base is b, np.may_share_memory(e, b))
d.nbytes
e is d
e.flags['OWNDATA']
c[c > 1] = 0
c
e
print(a)
