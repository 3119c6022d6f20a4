# diagonal() returns a read-only view; its flag can be set back to True.
m = np.arange(9).reshape(3, 3)
d = m.diagonal()
d
d.flags.writeable
d[0] = 1
d.setflags(write=True)
d[0] = 100
m[0, 0]
np.shares_memory(d, m)
