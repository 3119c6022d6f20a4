a = np.array([1, 2, 3])
a[0] + 1
a[0] * 1.5
a[0] / 2
type(a[0] + 1)
a.sum() / len(a)
a.mean() == 2
