a = np.arange(15, dtype=np.uint8).reshape(5, 3)
b = a.astype(a.dtype)
c = np.asarray(a)
d = a.T
e = np.asarray(a)
b.shape
c.nbytes
b[::2] = 37
print(c)
e
