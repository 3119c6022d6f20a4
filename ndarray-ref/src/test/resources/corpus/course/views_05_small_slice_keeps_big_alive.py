arr = np.arange(0, 1_000_000)
live_bytes()
small_slice = arr[:10]
del arr
live_bytes()
small_slice
small_slice.base.shape
del small_slice
live_bytes()
