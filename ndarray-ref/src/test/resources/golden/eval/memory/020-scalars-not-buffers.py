# NumPy scalars and Python lists are not array buffers.
a = np.arange(1000)
s = a[5]
lst = a.tolist()
del a
live_bytes()
s, len(lst)
