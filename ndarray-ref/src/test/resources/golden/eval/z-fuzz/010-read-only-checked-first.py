a = np.arange(18, dtype=np.uint8)
h = np.broadcast_to(a, (2,) + a.shape)
h[1, :-9:-1] = -2
h[5] = 1
a.flags.writeable = False
a[0] = [1, 2]
a[0] = 1e20
