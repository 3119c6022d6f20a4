a = np.zeros((1, 3, 1, 2))
a.squeeze().shape
np.squeeze(a, axis=0).shape
a.squeeze(axis=(0, 2)).shape
np.squeeze(np.zeros((1, 1))).shape
a.squeeze(1)
