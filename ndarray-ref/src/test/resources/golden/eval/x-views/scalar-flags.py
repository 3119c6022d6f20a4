s = np.float64(2.5)
s.flags
s.flags["OWNDATA"]
s.flags.writeable
s.flags.writeable = True
s.T
s.base is None
np.arange(3)[1].flags.c_contiguous
