a = np.linspace(0, 1, 3).reshape(3, 1)
b = np.copy(a)
c = np.asarray(a)
d = b.reshape(3)
e = d.ravel()
a.dtype
a.flags['C_CONTIGUOUS']
b.fill(107)
print(b)
c
print(e)
