v = np.arange(10)[::2]
v.reshape(5, 1)
v.reshape(5, 1).base is v.base
