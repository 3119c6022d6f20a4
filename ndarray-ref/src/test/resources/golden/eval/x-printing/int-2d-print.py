a = np.arange(12).reshape(3, 4)
print(a)
a
