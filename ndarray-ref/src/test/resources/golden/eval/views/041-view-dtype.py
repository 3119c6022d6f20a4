# view(dtype) reinterprets the bytes: a 1-D int64 array seen as int32 has twice the elements.
a = np.arange(3, dtype=np.int64)
v = a.view(np.int32)
v
v.shape, v.strides
v.base is a
v[0] = 5
a
