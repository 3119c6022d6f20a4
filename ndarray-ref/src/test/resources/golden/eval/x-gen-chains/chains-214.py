a = np.arange(1).reshape(1, 1)
b = a.copy()
c = np.copy(a)
c.flags['C_CONTIGUOUS']
c.flags['C_CONTIGUOUS']
c[0] = 62
c
print(a)
print(b)
