a = np.zeros((4, 5))
len(a), a.size, a.shape[0]
len(a.T)
len([a, a])
len(a[0])
