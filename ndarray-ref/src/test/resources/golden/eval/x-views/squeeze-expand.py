a = np.arange(3).reshape(1, 3, 1)
s = a.squeeze()
s.shape
s.base is a.base
e = np.expand_dims(s, 0)
e.shape
e.strides
np.shares_memory(e, a)
