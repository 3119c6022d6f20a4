t = ((np.int64(1), np.float64(2.0)), [np.bool_(True)])
t
print(t)
len(t[0])
