a = np.arange(12).reshape(3, 4)
f = np.flip(a)
r = np.roll(f, 1, axis=1)
r, r.strides, r.flags.c_contiguous
t = np.roll(a.T, 2, axis=0)
t.strides, t.flags.f_contiguous
np.roll(a[:, ::-2], 1, axis=0).strides
np.repeat(np.asfortranarray(a), 2, axis=1).strides
np.tile(a.T, (1, 2)).strides, np.tile(a.T, (1, 2)).base.shape
np.tile(f, 1).strides
np.delete(a.T, 0, axis=0).strides
np.delete(np.asfortranarray(a), [0], axis=0).strides
np.insert(a.T, 1, 0, axis=1).strides
np.vstack([f, f]).strides
np.hstack([a.T, a.T]).strides
np.column_stack([a[:, 0], a[:, 1]]).strides
np.append(a.T, a.T, axis=1).strides
np.resize(a.T, (2, 2))
np.resize(a.T, (2, 2)).base.base is None
np.rot90(np.asfortranarray(a)).strides
np.flipud(a.T).strides
np.block([[a.T, a.T]]).strides
s = np.atleast_3d(a.T)
s.strides, s.base is a.base
b = np.arange(24).reshape(2, 3, 4)
np.roll(b.transpose(1, 0, 2), 1, axis=2).strides
np.tile(b, (2, 1, 1, 1)).shape
np.dstack([b, b]).strides
