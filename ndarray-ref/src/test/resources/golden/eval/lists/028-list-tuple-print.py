# print() of containers uses repr for elements.
a = np.arange(3)
print([a[0], a[1]])
print((np.float32(1.5), a[0] == 0))
print([np.array([1, 2]), "x"])
print(str([1, 2]))
