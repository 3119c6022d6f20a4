x = np.arange(10) * 10
idx = [1, 3, 5]
y = x[idx]
y[:] = 0
print(x)
print(y)
mask = x > 40
z = x[mask]
z.base is None
print(z)
