# setflags(write=False) makes an array read-only; writing then fails.
a = np.arange(5)
a.setflags(write=False)
a.flags.writeable
a[0] = 10
a[1:3] = 0
a
