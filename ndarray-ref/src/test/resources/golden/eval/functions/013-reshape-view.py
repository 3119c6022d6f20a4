# reshape of a contiguous array is a view.
a = np.arange(6)
r = a.reshape(2, 3)
r.base is a
r[0, 0] = 100
a
np.reshape(a, (3, 2)).base is a
a.reshape(2, 3) is a.reshape(2, 3)
