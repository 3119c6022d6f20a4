a = np.arange(6).reshape(2, 3)
np.array_equal(a, a.copy())
np.array_equal(a, a.T)
np.array_equal([1, 2], [1, 2])
np.array_equal([1, 2], [1, 2, 3])
np.array_equal(np.array([1.0, np.nan]), np.array([1.0, np.nan]))
np.array_equal(a, [[0, 1, 2], [3, 4, 5]])
np.array_equal(1, 1.0)
np.array_equiv([1, 2], [[1, 2], [1, 2]])
np.array_equiv([1, 2], [[1, 2, 1, 2], [1, 2, 1, 2]])
np.array_equiv([1, 2], [[1, 2], [1, 3]])
np.array_equiv(3, np.full((2, 2), 3))
type(np.array_equal(a, a))
np.isfortran(a)
np.isfortran(a.T)
np.isfortran(np.asfortranarray(a))
np.isfortran(np.arange(3))
np.isfortran([[1, 2]])
np.broadcast_shapes((1, 2), (3, 1), (3, 2))
np.broadcast_shapes((6, 7), (5, 6, 1), (7,), (5, 1, 7))
np.broadcast_shapes(3, (2, 1))
np.broadcast_shapes()
np.broadcast_shapes((2,), (3,))
np.broadcast_shapes((2, 3), (4,), (2, 1))
np.broadcast_shapes((-1, 2))
np.unravel_index(22, (7, 6))
np.unravel_index(22, (7, 6), order='F')
np.unravel_index([22, 41, 37], (7, 6))
u = np.unravel_index(np.array([[1, 5], [7, 0]]), (2, 4))
u
u[0].base is None, u[0].base is u[1].base, u[0].strides, u[0].base.shape, u[0].flags.c_contiguous
np.unravel_index(1621, (6, 7, 8, 9))
np.unravel_index(42, (7, 6))
np.unravel_index(-1, (7, 6))
np.unravel_index(3, (2, 2), order='A')
np.unravel_index([], (2, 2))
m = a.mT
m, m.base is a.base, m.strides
np.ones((2, 3, 4)).mT.shape, np.ones((2, 3, 4)).mT.strides
np.arange(3).mT
b = np.asanyarray(a)
b is a
np.asanyarray([1, 2]).dtype
np.asanyarray(a, dtype=float).base is None
p, q = np.broadcast_arrays(a, a + 1)
p is a, q.base is None
np.broadcast_arrays([1, 2], [3, 4])
np.broadcast_arrays(a)
np.broadcast_arrays()
np.broadcast_arrays(np.arange(2), np.arange(3))
np.broadcast_arrays(a, subok=True)[0] is a
