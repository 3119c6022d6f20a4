a = np.arange(4, dtype=np.int32)
v = a.view(np.uint8)
v.shape
v[:8]
v.base is a
v[0] = 255
a
