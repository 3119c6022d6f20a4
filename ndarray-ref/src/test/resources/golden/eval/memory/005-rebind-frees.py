# Rebinding the only name to something else frees the old array.
a = np.zeros(1000)
live_bytes()
a = np.zeros(10)
live_bytes()
a = None
live_bytes()
