# v *= 2 writes through; v = v * 2 allocates a new array.
a = np.ones(1000)
v = a[:500]
v *= 2
live_bytes()
v = v * 2
live_bytes()
a[:3], v[:3]
