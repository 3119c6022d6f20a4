# print() with several arguments separates them by spaces.
a = np.arange(3)
print(a, a.shape, a.dtype)
print("strides:", a.strides)
print(a.tolist(), a[0])
print()
print(None)
