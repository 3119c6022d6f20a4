a = np.zeros((1, 3, 1))
s = a.squeeze()
s.shape
s.base is a
e = np.expand_dims(s, 0)
e.shape
np.shares_memory(e, a)
