x = np.linspace(0, 1, 3)
y = np.linspace(0, 1, 2)
xv, yv = np.meshgrid(x, y)
xv
yv
xv.base is None, xv.flags.owndata, xv.strides, np.shares_memory(xv, x)
g = np.meshgrid(x, y)
type(g)
xs, ys = np.meshgrid(x, y, sparse=True)
xs, ys
xs.base is None, xs.strides, ys.strides
s = np.meshgrid(x, y, sparse=True, copy=False)
type(s), s[0].base is x, s[1].base is y, s[0].strides, s[1].strides
s[0][0, 0] = 9.0
x
np.meshgrid(x, y, indexing='ij')[0].shape
i = np.meshgrid(np.arange(2), np.arange(3), np.arange(4), sparse=True, copy=False)
[a.shape for a in i], [a.strides for a in i]
j = np.meshgrid(np.arange(2), np.arange(3), np.arange(4), indexing='ij', sparse=True, copy=False)
[a.strides for a in j]
np.meshgrid(x, indexing='ab')
np.meshgrid()
np.meshgrid(x)
np.meshgrid([[1, 2], [3, 4]], [5, 6])[0].shape
grid = np.indices((2, 3))
grid
grid.flags.c_contiguous, grid.base is None, grid.strides
np.indices((2, 3), sparse=True)
r, c = np.indices((2, 3), sparse=True)
r.base is None, r.base.shape, r.strides, c.strides
np.indices((2,), dtype=float)
np.indices(())
a = np.arange(10).reshape(2, 5)
ixgrid = np.ix_([0, 1], [2, 4])
ixgrid
ixgrid[0].shape, ixgrid[1].shape, ixgrid[0].strides, ixgrid[1].strides
a[ixgrid]
v = np.array([1, 0])
iv = np.ix_(v, [True, False, True, False, False])
iv, iv[0].base is v, iv[1].base is None, iv[1].strides
np.ix_([])
np.ix_([[1]])
np.ix_()
aw = np.argwhere(np.arange(6).reshape(2, 3) > 1)
aw, aw.base is None, aw.base.shape, aw.strides, aw.flags.f_contiguous
np.argwhere(np.array(3))
np.argwhere(np.array(0)).shape
np.argwhere([0, 1, 0, 2])
np.argwhere(np.array([0.0, np.nan, -1.0]))
fz = np.flatnonzero(np.array([[0, 1], [2, 0]]))
fz, fz.base is None, fz.strides
np.flatnonzero(np.array(5))
np.flatnonzero([])
