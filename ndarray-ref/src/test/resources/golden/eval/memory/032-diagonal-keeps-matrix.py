# A diagonal view keeps the whole matrix alive.
m = np.eye(100)
d = m.diagonal()
del m
live_bytes()
d = d.copy()
live_bytes()
