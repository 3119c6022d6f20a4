# The parts of a split all keep the whole original alive.
parts = np.split(np.arange(100), 4)
live_bytes()
del parts[0]
live_bytes()
q = parts[1]
del parts
live_bytes()
