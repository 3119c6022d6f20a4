# Slicing a list of arrays copies the list, not the arrays.
arrays = [np.zeros(100), np.zeros(100)]
more = arrays[:]
live_bytes()
del arrays
live_bytes()
more[0] is more[1]
