a = np.arange(4)
b = a[np.newaxis]
c = b[:, :, None]
c.shape
c.base is a
c.strides
