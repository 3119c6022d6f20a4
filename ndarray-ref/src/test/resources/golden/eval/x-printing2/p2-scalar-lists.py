a = np.arange(3)
[a[0], a[1]]
(a[0], 1.5, "s")
print([a[0], a[1]])
print((a[0],))
list(a * 1.5)
print(list(a))
