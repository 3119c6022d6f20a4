np.concatenate([np.zeros(2), np.zeros((2, 2))])
np.concatenate([np.zeros((2, 2)), np.zeros((3, 3))])
np.stack([np.zeros(2), np.zeros(3)])
np.stack([])
