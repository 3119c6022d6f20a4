a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
h = np.hstack((a, b))
h, h.base is None, np.shares_memory(h, a)
v = np.vstack([a, b])
v, v.strides, v.base is None, v.flags.c_contiguous
d = np.dstack((a, b))
d, d.shape, d.strides
c = np.column_stack((a, b))
c, c.strides, c.flags.c_contiguous, c.flags.f_contiguous
m = np.arange(6).reshape(2, 3)
np.hstack([m, m])
np.vstack([m, a])
np.hstack([m, a])
np.hstack([a, m])
np.hstack([np.array(1), np.array(2)])
np.vstack((1, 2))
np.dstack([m, m]).shape, np.dstack([m, m]).strides
np.column_stack([m, a])
np.column_stack([1, 2])
np.column_stack([m.T, m.T]).strides
f = np.asfortranarray(m)
np.vstack([f, f]).strides
np.hstack([f, f]).strides
np.hstack([f.T, f.T]).strides
np.hstack([a, [1.5]])
np.vstack([a, np.array([1, 2], dtype=np.int8)])
np.hstack([a.astype(np.int8), np.array([1], dtype=np.uint8)])
np.hstack(a, b)
np.vstack([])
np.hstack(())
np.vstack([a])
np.vstack([a]).base is a
np.hstack([[1, 2], [3]])
np.column_stack([np.arange(3), np.arange(3)]).strides
