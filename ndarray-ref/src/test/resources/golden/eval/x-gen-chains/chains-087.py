a = np.zeros(2, dtype=np.float64).reshape(2, 1)
b = a.diagonal()
c = a.astype(np.int64, copy=False)
d = np.asarray(a)
np.shares_memory(c, a)
(a.base is b, np.may_share_memory(a, b))
b.nbytes
a.base is None
b[-1] = 26
d
c
a
