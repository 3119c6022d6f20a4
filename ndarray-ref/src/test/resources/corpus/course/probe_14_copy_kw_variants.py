a = np.arange(6).reshape(2, 3)
b = np.copy(a, order="F")
b.flags.f_contiguous
c = a.copy(order="K")
c.flags.c_contiguous
d = np.array(a, copy=None)
d is a
