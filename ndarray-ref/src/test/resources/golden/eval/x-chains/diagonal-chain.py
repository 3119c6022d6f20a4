m = np.arange(16).reshape(4, 4)
d = m[1:, 1:].diagonal()
d
d.base is m
