# sum over a missing axis.
m = np.arange(6).reshape(2, 3)
m.sum(axis=2)
m.sum(axis=-3)
np.sum(m, axis=(0, 1))
np.ones(3, dtype=np.bool_).sum()
np.zeros(0).sum()
