f = np.asfortranarray(np.arange(6).reshape(3, 2))
g = f.imag
g.strides, g.flags.f_contiguous
g.shape = (6,)
np.zeros((3, 2)).imag.strides
np.zeros((2, 3)).T[::2].imag.strides
np.zeros((1, 3), order='F').imag.strides
