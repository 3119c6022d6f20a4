# A view of a read-only array is read-only, and cannot be made writeable.
a = np.arange(5)
a.setflags(write=False)
v = a[1:]
v.flags.writeable
v.setflags(write=True)
v[0] = 1
a.setflags(write=True)
v.flags.writeable
v.setflags(write=True)
v[0] = 100
a
