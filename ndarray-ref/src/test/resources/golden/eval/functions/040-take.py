# take copies the selected elements.
a = np.arange(10, 16)
t = a.take([0, 2, 5])
t
np.shares_memory(t, a)
a.take(10)
np.take(a, [-1, 0])
m = np.arange(6).reshape(2, 3)
np.take(m, [0, 2], axis=1)
