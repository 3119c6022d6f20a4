a = np.arange(10)
(a > 4).sum()
(a % 2 == 0).sum()
type((a > 4).sum())
