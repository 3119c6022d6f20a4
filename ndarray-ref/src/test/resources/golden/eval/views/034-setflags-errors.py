# Only some flags can be set.
a = np.arange(3)
a.setflags(uic=True)
a.setflags(write=True)
a.flags.writeable
a.setflags(align=True)
a.flags.aligned
