a = np.arange(2)
b = a[..., None]
c = a.T
d = np.asarray(c)
e = c.reshape(-1, 1)
c.base is a
d is b
d[-1] = 77
print(a)
