a = np.linspace(0, 5, 2)
b = np.broadcast_to(a, (2,) + a.shape)
c = b.squeeze()
c.flags['C_CONTIGUOUS']
c.shape
b.base is a
a.flags['WRITEABLE']
np.shares_memory(a, a)
c[0] = 19
print(b)
print(a)
print(c)
del a, c, b
live_bytes()
