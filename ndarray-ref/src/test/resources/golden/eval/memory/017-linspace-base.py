# linspace returns a view of its own temporary, which stays alive.
s = np.linspace(0, 1, 100)
live_bytes()
s.base.shape
s.base.nbytes
