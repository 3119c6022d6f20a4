a = np.full(3, 0, dtype=np.uint8)
b = a.reshape(3)
c = b.flatten()
d = c.reshape(3)
d is d
b.flags['C_CONTIGUOUS']
c[::2] = 108
print(a)
d
