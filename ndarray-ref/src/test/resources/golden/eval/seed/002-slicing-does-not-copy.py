# Seed notebook: slicing a NumPy array allocates no new data (10**8 scaled to 10**6).
arr = np.arange(0, 1_000_000)
live_bytes()
view = arr[:500_000]
live_bytes()
