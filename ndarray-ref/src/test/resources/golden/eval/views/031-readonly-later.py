# Making the base read-only later does not touch views that already exist.
a = np.arange(5)
v = a[2:]
a.setflags(write=False)
v.flags.writeable
v[0] = 50
a
a[0] = 1
