a = np.arange(5)
a[1.0]
a[1.5:3]
a["x"]
a[None, None][0, 0, 0]
