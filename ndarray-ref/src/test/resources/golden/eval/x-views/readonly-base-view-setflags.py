a = np.arange(4)
a.flags.writeable = False
b = a.view()
b.setflags(write=True)
b.flags.writeable
