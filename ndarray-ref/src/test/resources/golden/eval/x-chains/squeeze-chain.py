a = np.zeros((1, 4))
b = a[0:1]
c = b.squeeze()
c.base is a
c.shape
