# np.array of a view copies just the viewed elements.
big = np.arange(100)
small = np.array(big[::25])
small
small.base is None
small.nbytes
big[::25].nbytes
