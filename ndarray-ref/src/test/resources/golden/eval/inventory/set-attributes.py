# Setting attributes: read-only ones, absent ones, and the flags NumPy lets a snippet set
a = np.arange(6)
a.foo = 1
a.ndim = 1
a.sort = 1
a.reshape = 1
[].foo = 1
[].append = 1
np.float64(1).foo = 1
np.dtype(int).foo = 1
a.flags.foo = 1
a.flags.c_contiguous = True
a.flags.C_CONTIGUOUS = True
a.flags.W = False
a.flags.WRITEABLE = False
a.flags.writeable
a.flags.fnc = 1
a.flags.owndata = 1
a.flags.aligned = True
a.flags.writebackifcopy = True
a.flags.writebackifcopy = False
a.flags['writeable'] = True
a.flags['C'] = True
a.flags['foo'] = True
a.flags['X'] = True
a.flags['WRITEBACKIFCOPY'] = False
a.flags['A'] = True
a.flags['W'] = False
a.flags.writeable
a.flags['WRITEABLE'] = True
a.flags.writeable = False
a.flags['W']
a.flags.writeable = True
a[0] = 5
a
