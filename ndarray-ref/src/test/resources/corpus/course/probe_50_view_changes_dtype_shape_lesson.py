a = np.array([1, 2, 3, 4], dtype=np.int16)
b = a.view(np.int8)
print(b)
print(a.nbytes, b.nbytes)
b[0] = 0
print(a)
c = a.view(np.float16)
print(c.dtype, c.shape)
