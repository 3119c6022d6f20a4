# A comparison makes a bool array of one byte per element.
a = np.arange(10_000)
m = a > 10
live_bytes()
picked = a[m]
live_bytes()
picked.nbytes
