a = np.arange(3)
str(a)
repr(a)
print(repr(np.float64(3)))
