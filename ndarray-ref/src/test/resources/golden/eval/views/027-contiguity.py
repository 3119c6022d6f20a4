# C and F contiguity of transposes, slices and length-1 axes.
x = np.arange(6).reshape(2, 3)
x.flags.c_contiguous, x.flags.f_contiguous
x.T.flags.c_contiguous, x.T.flags.f_contiguous
x[:1].flags.c_contiguous, x[:1].flags.f_contiguous
x[:, :1].flags.c_contiguous, x[:, :1].flags.f_contiguous
x[:, ::2][:0].flags.c_contiguous
np.arange(6)[::2].reshape(3, 1).flags.c_contiguous
