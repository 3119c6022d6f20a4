a = np.arange(3)
np.stack([a, a], axis=1)
np.stack((a, a, a)).shape
np.stack([a, a], axis=-1).shape
