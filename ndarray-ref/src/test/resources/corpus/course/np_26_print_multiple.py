a = np.arange(3)
b = a * 1.5
print(a, b)
print("a =", a, "b =", b, sep=" | ")
print(a.shape, b.dtype)
print(repr(b))
