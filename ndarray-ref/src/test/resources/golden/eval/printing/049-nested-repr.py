# An array inside a list prints with its repr.
a = np.arange(3)
[a, a[1:]]
(a.shape, a)
[np.zeros(2), [np.ones(1)]]
print([a, 1])
