a = np.arange(100)
b = a[a > 49]
live_bytes()
b.nbytes
c = a[[1, 2, 3]]
live_bytes()
