a = np.arange(4)
print(a.flags)
b = a[::2]
print(b.flags)
