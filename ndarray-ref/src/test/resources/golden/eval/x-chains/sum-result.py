a = np.arange(6).reshape(2, 3)
s = a.sum(axis=0)
s
s.base is None
t = a.sum()
t
type(t)
