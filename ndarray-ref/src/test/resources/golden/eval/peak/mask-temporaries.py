# a % 2 (8 MB) is still alive while == 0 makes the 1 MB mask; then it dies before a[mask] allocates
a = np.arange(1_000_000)
evens = a[a % 2 == 0]
peak_bytes() // 1_000_000
live_bytes()
evens.nbytes
