# Adding axes with None and removing them with an index keeps viewing the same data.
a = np.arange(4)
b = a[None]
c = b[0]
c.base is a
c[1] = 10
a
b.flags.c_contiguous, b.flags.f_contiguous
