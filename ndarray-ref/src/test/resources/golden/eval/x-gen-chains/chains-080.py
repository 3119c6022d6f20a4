a = np.full(40, 7).reshape(2, 5, 4)
b = a.swapaxes(0, 1)
c = a[None]
d = np.array(b, copy=False)
e = d.copy()
np.shares_memory(d, d)
d.base is e
c *= 2
a
print(d)
