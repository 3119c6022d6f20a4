a = np.zeros(3, dtype=np.uint8).reshape(1, 3)
b = a[a > 0]
c = a.squeeze()
c.base is a
b.flags['C_CONTIGUOUS']
c[c > 1] = 0
c
print(b)
a
