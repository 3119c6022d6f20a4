a = np.ones(5)
b = a.reshape(5)
c = a.flatten()
c.flags['OWNDATA']
c.strides
c.flags.f_contiguous
np.shares_memory(a, b)
a.shape
b[0] = 96
a
b
