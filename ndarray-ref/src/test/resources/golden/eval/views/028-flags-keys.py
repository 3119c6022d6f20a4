# The flag dictionary keys.
a = np.arange(4)[::2]
a.flags['C_CONTIGUOUS']
a.flags['F_CONTIGUOUS']
a.flags['WRITEABLE']
a.flags['ALIGNED']
a.flags['NOPE']
