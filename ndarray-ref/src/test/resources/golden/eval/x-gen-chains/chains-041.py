a = np.linspace(0, 4, 8).reshape(4, 2)
b = a[()]
c = b.astype(np.int64, copy=False)
b.flags['C_CONTIGUOUS']
np.shares_memory(b, b)
b[-1] = 70
a
b
print(c)
