# Seed notebook, "Leaking memory with views" (10**8 scaled to 10**6).
arr = np.arange(0, 1_000_000)
live_bytes()
small_slice = arr[:10]
del arr
live_bytes()
small_slice
small_slice.base
del small_slice
live_bytes()
live_bytes()
