a = np.arange(24).reshape(2, 3, 4)
print(a)
a
