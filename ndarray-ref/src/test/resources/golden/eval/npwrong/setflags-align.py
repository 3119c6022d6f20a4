y = np.arange(3)
y.setflags(write=0, align=0)
y.flags.aligned
y.flags.writeable
y.flags
y[1:].flags.aligned
y.view().flags.aligned
y.setflags(align=1)
y.flags.aligned
w = np.arange(3)
w.setflags(align=False)
w.T.flags.aligned, w.copy().flags.aligned, w[::2].flags.aligned
w.flags['ALIGNED']
x = np.zeros(9, dtype=np.uint8)[1:].view(np.int32)
x.flags.aligned
x.setflags(align=True)
x.setflags(align=False)
x.flags.aligned
