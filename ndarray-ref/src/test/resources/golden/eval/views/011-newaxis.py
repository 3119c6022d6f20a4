# None / np.newaxis inserts a length-1 axis with stride 0.
a = np.arange(3)
a[None, :].shape, a[None, :].strides
a[:, np.newaxis].shape, a[:, np.newaxis].strides
a[None, :, None].strides
a[:, None].base is a
