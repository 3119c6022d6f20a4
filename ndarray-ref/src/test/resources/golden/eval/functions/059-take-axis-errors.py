# take along a missing axis.
m = np.arange(6).reshape(2, 3)
np.take(m, [0], axis=2)
m.take([0, 1], axis=0)
m.take([[0, 1]])
