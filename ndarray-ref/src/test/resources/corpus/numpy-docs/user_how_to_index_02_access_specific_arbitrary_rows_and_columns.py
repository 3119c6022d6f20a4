a = np.arange(30).reshape(2, 3, 5)
a
a[0, 2, :]
a[0, :, 3]
a[0, :, 3].shape
a[0, :, 3, np.newaxis].shape
a[0, :, 3, np.newaxis, np.newaxis].shape
y = 0
a[y, :, y+3]
