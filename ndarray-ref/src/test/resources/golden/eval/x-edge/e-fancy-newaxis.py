a = np.arange(6).reshape(2, 3)
a[None, [0, 1]].shape
a[[0, 1], None].shape
a[..., [0, 2]]
a[0, ..., [0, 2]]
a[[1], :, None].shape
