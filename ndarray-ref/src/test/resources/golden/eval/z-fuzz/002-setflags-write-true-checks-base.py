x = np.arange(6.)
s = np.lib.stride_tricks.as_strided(x)
s.flags.writeable
s.setflags(write=True)
w = np.lib.stride_tricks.sliding_window_view(x, 2)
w.setflags(write=True)
v = x[1:]
x.setflags(write=False)
v.flags.writeable
v.setflags(write=True)
x.setflags(write=True)
v.setflags(write=True)
v.flags.writeable
