# linspace: evenly spaced including the end by default; it returns a view of a temporary.
s = np.linspace(0, 1, 5)
s
s.flags.owndata
s.base is None
np.linspace(0, 1, 4, endpoint=False)
np.linspace(0, 1, 0)
np.linspace(0, 1, -1)
