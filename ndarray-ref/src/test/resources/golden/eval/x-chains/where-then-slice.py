a = np.arange(6)
w = np.where(a > 2, a, 0)
s = w[3:]
s.base is w
s
