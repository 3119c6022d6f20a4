a = np.arange(3)
s = np.stack([a, a])
s
s.base is None
s[0, 0] = 9
a
