# live_bytes() counts the data buffers of NumPy arrays that are alive.
live_bytes()
a = np.arange(1_000_000)
live_bytes()
a.nbytes
del a
live_bytes()
