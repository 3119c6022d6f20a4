a = np.arange(3)
a.foo
a.shape.size
np.foo
[1, 2].shape
(1, 2).append(3)
a.flags.foo
