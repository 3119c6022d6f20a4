log = []
a = np.zeros(2)
log.append(a)
a[0] = 1
log
log.append(a.copy())
a[1] = 2
log
