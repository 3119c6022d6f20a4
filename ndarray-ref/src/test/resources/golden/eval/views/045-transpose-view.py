# .T permutes strides and shares memory; even a 1-D .T is a new object.
m = np.arange(6).reshape(2, 3)
t = m.T
t.strides, m.strides
t.base is m.base
np.shares_memory(t, m)
v = np.arange(3)
v.T is v
v.T.base is v
