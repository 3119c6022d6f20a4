# .T and transpose() agree; transpose of a 1-D array is a new view object.
m = np.arange(6).reshape(2, 3)
m.T.strides == m.transpose().strides
np.transpose(m).shape
v = np.arange(3)
v.transpose() is v
v.transpose().base is v
