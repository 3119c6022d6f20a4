# Copying a slice onto an overlapping slice behaves as if the source was copied first.
a = np.arange(6)
a[1:] = a[:-1]
a
b = np.arange(6)
b[:-1] = b[1:]
b
