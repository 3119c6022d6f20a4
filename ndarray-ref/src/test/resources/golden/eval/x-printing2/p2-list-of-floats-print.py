a = np.linspace(0, 1, 4)
a.tolist()
print(a.tolist())
list(a)
a[1]
print(a[1])
