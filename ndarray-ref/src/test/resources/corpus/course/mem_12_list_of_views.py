a = np.arange(12).reshape(3, 4)
rows = [a[i] for i in range(3)]
rows[0][0] = 100
a
all(r.base is a for r in rows)
