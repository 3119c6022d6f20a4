a = np.arange(24).reshape(2, 3, 4)
a[..., 0]
a[0, ...].shape
a[..., 1:3].base is a
