# Views remember whether their data can be written; copies are always writeable.
a = np.arange(4)
a.setflags(write=False)
c = a.copy()
c.flags.writeable
c[0] = 5
c
a[::2].flags.writeable
