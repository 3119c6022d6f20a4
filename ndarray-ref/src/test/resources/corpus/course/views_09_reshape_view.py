a = np.arange(12)
b = a.reshape(3, 4)
print(b)
print(b.base is a)
b[1, 1] = -1
print(a)
print(np.shares_memory(a, b))
