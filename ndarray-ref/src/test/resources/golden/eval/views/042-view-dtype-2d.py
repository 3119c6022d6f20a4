# view(dtype) changes only the last axis.
a = np.arange(6, dtype=np.int64).reshape(2, 3)
v = a.view(np.int32)
v.shape, v.strides
v[0]
a[:, :1].view(np.int32).strides
np.arange(8, dtype=np.int16).reshape(2, 4).view(np.int64).shape
