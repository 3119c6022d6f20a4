a = np.arange(40)
a
print(a)
