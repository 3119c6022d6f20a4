# view(dtype) needs a contiguous last axis and compatible sizes.
a = np.arange(6, dtype=np.int64).reshape(2, 3)
a.T.view(np.int32)
np.arange(3, dtype=np.int8).view(np.int16)
np.array(5).view(np.int32)
np.arange(4, dtype=np.int16).view(np.int8)
