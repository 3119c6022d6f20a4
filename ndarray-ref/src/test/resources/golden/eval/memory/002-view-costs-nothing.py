# A view adds no data bytes: it reuses its base's buffer.
arr = np.arange(1_000_000)
live_bytes()
view = arr[:500_000]
live_bytes()
view.nbytes
