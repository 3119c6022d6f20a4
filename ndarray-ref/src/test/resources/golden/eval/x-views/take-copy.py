a = np.arange(10, 20)
t = np.take(a, [0, 2, 4])
t
t.base is None
a.take([1, -1])
np.take(a, 3)
