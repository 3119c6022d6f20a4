arr = np.arange(0, 1_000_000)
small_slice = arr[:10].copy()
del arr
print(small_slice.base)
live_bytes()
