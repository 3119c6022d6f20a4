# concatenate needs matching dimensions.
m = np.arange(6).reshape(2, 3)
np.concatenate([m, m], axis=1)
np.concatenate([m, m], axis=2)
np.concatenate([m, np.ones(3)])
np.concatenate([])
np.concatenate([m, m.T])
