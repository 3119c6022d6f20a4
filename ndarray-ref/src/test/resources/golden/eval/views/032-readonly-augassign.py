# In-place arithmetic on a read-only array fails too.
a = np.ones(3)
a.setflags(write=False)
a += 1
a
b = a + 1
b
b.flags.writeable
