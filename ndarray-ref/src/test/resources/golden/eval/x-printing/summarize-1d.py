a = np.arange(2000)
a
print(a)
