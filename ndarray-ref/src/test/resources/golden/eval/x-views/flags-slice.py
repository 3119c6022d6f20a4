a = np.arange(10)
print(a[::2].flags)
