# where(cond, x, y) allocates a result; the condition temporary is freed.
a = np.arange(1000)
w = np.where(a > 500, a, 0)
live_bytes()
w.base is None
