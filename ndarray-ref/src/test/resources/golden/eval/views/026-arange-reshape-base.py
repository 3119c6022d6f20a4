# arange(...).reshape(...) is a view of the 1-D arange, so its base is not None.
m = np.arange(12).reshape(3, 4)
m.base is None
m.base.shape
m.flags.owndata
m.base.flags.owndata
