# expand_dims, squeeze, swapaxes and transpose are all free.
a = np.zeros((10, 1, 100))
b = np.expand_dims(a, 0).squeeze().swapaxes(0, 1).T
live_bytes()
b.shape
b.base is a
