# where(cond, x, y) builds a new array.
a = np.arange(6)
w = np.where(a > 2, a, 0)
w
np.shares_memory(w, a)
np.where(a > 2, a, -0.5)
np.where(a > 2, a)
np.where([True, False, True], 1, 0)
