a = np.arange(6).reshape(2, 3)
s = a.swapaxes(0, 1)
r = s.reshape(2, 3)
r
r.base is None
