a = np.arange(1000)
print(a[:5])
a.size
b = np.arange(1001)
b
