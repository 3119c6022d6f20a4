# Deleting the base does not free it while a view still refers to it.
arr = np.arange(1_000_000)
small_slice = arr[:10]
del arr
live_bytes()
small_slice.base.shape
del small_slice
live_bytes()
