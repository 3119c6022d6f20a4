# Python ints that do not fit the dtype raise; floats are truncated.
a = np.zeros(3, dtype=np.uint8)
a[0] = 300
a[1] = -1
a[2] = 2.9
a
a[0] = 255
a
