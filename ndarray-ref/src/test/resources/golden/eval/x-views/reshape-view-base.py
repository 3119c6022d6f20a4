a = np.arange(12)
m = a.reshape(3, 4)
m.base is a
mm = m.reshape(2, 6)
mm.base is a
mm.base is m
