x = np.arange(10)
r = np.roll(x, 2)
r
r.base is None, r.base is x, r.base.shape, r.flags.owndata
np.shares_memory(r, x)
np.roll(x, -2)
np.roll(x, 12)
np.roll(x, 0).base is None
x2 = np.reshape(x, (2, 5))
np.roll(x2, 1)
np.roll(x2, 1).base.shape
np.roll(x2, -1)
y = np.roll(x2, 1, axis=0)
y, y.base is None, y.flags.owndata
np.roll(x2, 1, axis=1)
np.roll(x2, -1, axis=1)
np.roll(x2, (1, 1), axis=(1, 0))
np.roll(x2, (2, 1), axis=(1, 1))
np.roll(x2, 1, axis=(0, 1))
np.roll(x2, (1, 2), axis=1)
np.roll(x2, (1, 2, 3), axis=(0, 1))
np.roll(x2, 1, axis=2)
f = np.asfortranarray(x2)
g = np.roll(f, 1, axis=1)
g.strides, g.flags.f_contiguous
t = x2.T
np.roll(t, 1, axis=0).strides
np.roll(t, 1).strides
np.roll(t, 1)
np.roll(np.array(5), 1)
np.roll(np.zeros((0, 3)), 1, axis=0).shape
np.roll([1, 2, 3], 1)
np.roll(x2, [1, -1], axis=[0, 1])
np.roll(x, np.int64(3))
