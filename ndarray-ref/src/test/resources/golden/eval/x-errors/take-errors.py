a = np.arange(5)
a.take(10)
a.take([0, 5])
np.take(a, [-6])
