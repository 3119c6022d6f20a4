m = np.arange(6).reshape(2, 3)
t = m.T
t.strides
t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS']
t.base is m
t.base is m.base
t[0, 1] = 50
m
