a = np.zeros(4, dtype=np.int32)
b = a.view(np.int16)
b.shape
b[1] = 1
a
a.view(np.uint8).shape
