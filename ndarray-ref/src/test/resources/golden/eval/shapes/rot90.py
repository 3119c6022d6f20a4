a = np.arange(6).reshape(2, 3)
r = np.rot90(a)
r
r.strides, r.base is a, np.shares_memory(r, a), r.flags.c_contiguous, r.flags.f_contiguous
r2 = np.rot90(a, 2)
r2, r2.strides, r2.base is a
r3 = np.rot90(a, 3)
r3, r3.strides, r3.base is a
r0 = np.rot90(a, 4)
r0, r0.strides, r0.base is a, r0 is a
np.rot90(a, -1)
np.rot90(a, k=5).strides
np.rot90(a, 1, (1, 0))
np.rot90(a, axes=[1, 0]).strides
b = np.arange(24).reshape(2, 3, 4)
np.rot90(b, 1, (0, 2)).shape
np.rot90(b, 1, (0, 2)).strides
np.rot90(b, 3, (2, 1)).strides
np.rot90(b, 1, (0, -1)).strides
np.rot90(b, 1, (-1, 1)).strides
np.rot90(b, 2, (1, 2)).strides
np.rot90(a, 1, (0, 0))
np.rot90(a, 1, (0, -2))
np.rot90(a, 1, (0, 2))
np.rot90(a, 1, (0, 1, 2))
np.rot90(np.arange(3))
np.rot90([[1, 2], [3, 4]])
np.rot90(np.array(3))
r[0, 0] = -1
a
