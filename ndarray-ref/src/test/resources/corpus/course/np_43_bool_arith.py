flags = np.array([True, False, True, True])
flags.sum()
flags.mean()
~flags
flags & np.array([True, True, False, True])
np.count_nonzero(flags)
