np.zeros(3)[5]
np.zeros((2, 2))[0, 0, 0]
np.arange(3) + np.arange(4)
np.zeros(3).reshape(4)
np.array([1, 2, 3])[[0, 5]]
np.arange(4)[np.array([True, False])]
np.concatenate([np.zeros(2), np.zeros((2, 2))])
