a = np.arange(4)
snap = [a.copy(), a.copy()]
a[0] = 100
snap
snap[0] is snap[1]
