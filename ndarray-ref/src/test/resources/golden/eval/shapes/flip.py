a = np.arange(6).reshape(2, 3)
f = np.flip(a)
f
f.base is a
f.strides, f.flags.owndata, f.flags.c_contiguous, f.flags.writeable
np.shares_memory(f, a)
f[0, 0] = 99
a
g = np.flip(a, 0)
g, g.strides, g.base is a
h = np.flip(a, axis=1)
h, h.strides, h.base is a
np.flip(a, (0, 1)).strides
np.flip(a, [1, 0]).strides
np.flip(a, -1)
np.flip(a, 2)
np.flip(a, (0, 0))
np.flip(a, (0, 5, 0))
np.flip([1, 2, 3])
np.flip([[1, 2], [3, 4]], 1)
np.flip(np.array(5))
np.flip(7)
np.flip(np.array(5), 0)
v = a[:, ::2]
w = np.flip(v)
w, w.strides, w.base is a
lr = np.fliplr(a)
lr, lr.strides, lr.base is a, lr.flags.c_contiguous
ud = np.flipud(a)
ud, ud.strides, ud.base is a
np.flipud(np.arange(3))
np.flipud(np.arange(3)).strides
np.fliplr(np.arange(3))
np.flipud(np.array(1))
np.fliplr([[1, 2], [3, 4]])
b = np.arange(24).reshape(2, 3, 4)
np.flip(b, (0, 2)).strides
np.flipud(b).strides
np.fliplr(b).strides
