x = np.arange(9).reshape((3, 3))
d = np.diag(x)
d, d.base is x.base, d.flags.writeable, d.flags.owndata, d.strides
np.diag(x, k=1)
np.diag(x, k=-1)
np.diag(x, 5)
e = np.diag(np.diag(x))
e, e.base is None, e.flags.c_contiguous
np.diag([1, 2], 1)
np.diag([1, 2], -2)
np.diag(np.array([1.5, 2.5]))
np.diag(np.ones((2, 2, 2)))
np.diag(5)
d[0] = 1
np.diagflat([[1, 2], [3, 4]])
np.diagflat([1, 2], 1)
np.diagflat([1, 2], -1).dtype
np.diagflat(7)
np.tri(3, 5, 2, dtype=int)
np.tri(3, 5, -1)
np.tri(3).flags.owndata, np.tri(3).base is None
np.tri(2, dtype=bool)
np.tri(-1, 3)
np.tri(3, 0).shape
a = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])
l = np.tril(a, -1)
l, l.base is None, np.shares_memory(l, a)
np.triu(a, -1)
np.triu(a, 1)
np.tril(np.arange(3 * 4 * 5).reshape(3, 4, 5))[1]
np.tril([1, 2, 3])
np.triu(np.array(1))
np.tril(np.asfortranarray(a)).strides
np.triu(a.astype(np.float32)).dtype
i = np.identity(3)
i, i.dtype, i.flags.c_contiguous
np.identity(2, dtype=int)
np.identity(2, int)
