# Copying the small part first lets the big array go.
arr = np.arange(1_000_000)
small = arr[:10].copy()
live_bytes()
del arr
live_bytes()
small.base is None
