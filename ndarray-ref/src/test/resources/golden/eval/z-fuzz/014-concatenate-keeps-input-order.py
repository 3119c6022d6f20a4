c = np.zeros((2, 3), order='F')
f = np.concatenate([c, c])
f.strides, f.flags.f_contiguous
h = f.reshape(2, -1, order='F')
h.base is f
live_bytes()
d = np.linspace(0, 1e6, 4)
g = np.broadcast_to(d[::2], (3, 2))
np.concatenate([g, g], axis=0).strides
b = np.arange(-3, -1, dtype=np.complex128)
e = np.concatenate([np.broadcast_to(b, (3, 2))] * 2)
print(e.flags)
np.concatenate([c, np.zeros((2, 3))]).strides
np.concatenate([c.T, c.T], axis=1).strides
np.stack([c, c]).strides
np.stack([c, c], axis=-1).strides
np.concatenate([np.zeros((3, 0)), np.zeros((3, 0))]).strides
