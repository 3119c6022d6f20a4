# Views stored in a list see later writes to the base.
base = np.arange(4)
views = [base[:2], base[2:], base[::2]]
base[0] = 9
views
views[2].base is base
