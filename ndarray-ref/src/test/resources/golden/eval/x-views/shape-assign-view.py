a = np.arange(12).reshape(3, 4)
v = a[:, ::2]
v.shape
v.shape = (6,)
v.shape = (3, 2)
v
