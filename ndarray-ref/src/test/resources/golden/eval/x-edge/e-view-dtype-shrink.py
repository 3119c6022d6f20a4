a = np.arange(3, dtype=np.int64)
b = a.view(np.int32)
b.shape, b.strides
c = a[::2].view(np.int32)
c.shape, c.strides
d = a.reshape(3, 1).view(np.int16)
d.shape
