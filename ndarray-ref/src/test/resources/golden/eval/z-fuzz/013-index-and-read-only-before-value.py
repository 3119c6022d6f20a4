e[0, :2] = 1e8
e[0, :2] = [1, 2, 3]
d = np.arange(1, dtype=np.uint16)
d.setflags(write=False)
d.fill(1j)
