a = np.array([1.0, 2.0])
a.view(np.int64)
a.view(np.uint8).shape
a.view(np.int32).strides
np.arange(4, dtype=np.int8).view(np.int32).shape
