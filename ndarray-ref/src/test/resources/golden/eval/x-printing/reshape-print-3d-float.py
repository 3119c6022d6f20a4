a = np.arange(8.0).reshape(2, 2, 2)
print(a)
a
