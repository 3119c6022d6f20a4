a = np.arange(4)
v = a[1:]
v.setflags(write=False)
a[1] = 9
v
v[0] = 1
v.setflags(write=True)
v[0] = 1
a
