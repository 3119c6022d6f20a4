b = np.broadcast_to(np.arange(3), (2, 3))
b.flags.writeable
b.flags.writeable = True
b.setflags(write=False)
b.flags['WRITEABLE']
