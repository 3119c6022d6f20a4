a = np.array([1, 2, 3])
x = a[0]
type(x)
x
x.item()
type(a.sum())
float(a.mean())
a.tolist()
