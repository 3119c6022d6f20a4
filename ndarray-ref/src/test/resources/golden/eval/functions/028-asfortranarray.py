# asfortranarray copies unless the array is already Fortran-ordered.
m = np.arange(6).reshape(2, 3)
f = np.asfortranarray(m)
f.strides
f.flags.f_contiguous
np.asfortranarray(m.T) is m.T
t = m.T
np.asfortranarray(t) is t
np.asfortranarray(np.arange(3)).strides
