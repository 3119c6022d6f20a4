a = np.arange(3)
a.setflags(write=False)
a[0] = 9
a.flags.writeable
v = a[1:]
v.flags['WRITEABLE']
a.setflags(write=True)
a[0] = 9
a
