a = np.arange(3)
a[:, None] == a
(a[:, None] < a).sum()
