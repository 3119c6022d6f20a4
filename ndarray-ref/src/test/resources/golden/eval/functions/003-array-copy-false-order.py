# copy=False with both a dtype and an impossible order has its own message.
a = np.arange(6).reshape(2, 3)
np.array(a.T, dtype=np.int64, order='C', copy=False)
np.array(a.T, copy=False) is a.T
t = a.T
np.array(t, copy=False) is t
