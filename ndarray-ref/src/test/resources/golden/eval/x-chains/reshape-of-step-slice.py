a = np.arange(12)
b = a[::2]
c = b.reshape(2, 3)
c.base is a
c.strides
np.shares_memory(c, a)
