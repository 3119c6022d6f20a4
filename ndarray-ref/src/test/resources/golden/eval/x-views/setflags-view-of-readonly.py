a = np.arange(4)
v = a[:2]
a.setflags(write=False)
v[0] = 1
v.flags.writeable
v
w = a[:2]
w.setflags(write=True)
