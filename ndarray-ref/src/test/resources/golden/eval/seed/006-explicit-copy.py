# Seed notebook, "Explicit copying with copy()" (10**8 scaled to 10**6).
arr = np.arange(0, 1_000_000)
live_bytes()
small_slice = arr[:10].copy()
del arr
live_bytes()
print(small_slice.base)
live_bytes()
xrrs = np.arange(0, 1_000_000)
live_bytes()
xrrs_small_slice = xrrs[:10]
del xrrs
live_bytes()
del xrrs_small_slice
live_bytes()
