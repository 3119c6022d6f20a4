a = np.ones(6, dtype=np.float64).reshape(1, 3, 2)
b = np.array(a)
c = np.array(a)
b.flags['C_CONTIGUOUS']
b += 1
print(c)
print(b)
del a, c, b
live_bytes()
