a = np.arange(3)
a.flags.writeable = False
a[0] = 1
a += 1
a.fill(0)
