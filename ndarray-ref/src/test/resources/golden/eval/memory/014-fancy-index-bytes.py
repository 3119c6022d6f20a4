# Fancy indexing allocates; basic indexing does not.
A = np.arange(1000)
live_bytes()
b = A[::2]
live_bytes()
c = A[[0, 1, 2, 3]]
live_bytes()
d = A[A > 900]
live_bytes()
