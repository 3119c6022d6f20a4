a = np.arange(6).reshape(3, 2)
x, y, z = a
x
for p, q in a:
    print(p + q)
first, second = a.T
second
