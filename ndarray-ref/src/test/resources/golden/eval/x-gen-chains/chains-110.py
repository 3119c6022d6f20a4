a = np.arange(4, dtype=np.int32).reshape(2, 2)
b = np.expand_dims(a, 0)
c = a.view()
b.flags['C_CONTIGUOUS']
b is a
c.shape
a.flags['C_CONTIGUOUS']
c[0] = 119
print(c)
