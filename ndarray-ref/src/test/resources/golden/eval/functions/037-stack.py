# stack joins along a new axis, copying.
a = np.arange(3)
b = np.arange(3, 6)
s = np.stack([a, b])
s
np.stack([a, b], axis=1)
np.shares_memory(s, a)
np.stack([a, np.ones(2)])
np.stack([])
