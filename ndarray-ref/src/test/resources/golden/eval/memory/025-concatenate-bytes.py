# concatenate and stack allocate the full result.
a = np.ones(1000)
c = np.concatenate([a, a, a])
live_bytes()
s = np.stack([a, a])
live_bytes()
del a
live_bytes()
