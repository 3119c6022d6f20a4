# squeeze drops length-1 axes; with none to drop it returns the array itself.
m = np.arange(6).reshape(2, 3)
m.squeeze() is m
z = np.zeros((1, 3, 1))
z.squeeze().shape
np.squeeze(z, axis=0).shape
np.squeeze(z).base is z
m.squeeze(axis=0)
