# Temporaries in an expression are freed as soon as they are used.
a = np.ones(1000)
total = (a * 2 + 1).sum()
total
live_bytes()
np.zeros(1000).nbytes + live_bytes()
(np.zeros(1000), live_bytes())[1]
