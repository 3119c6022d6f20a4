a = np.arange(4)
print("a =", a)
print("base is None:", a.base is None)
print(a.shape, a.dtype, sep=" | ")
