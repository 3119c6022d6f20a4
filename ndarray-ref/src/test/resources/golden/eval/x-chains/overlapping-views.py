a = np.arange(10)
v1 = a[:6]
v2 = a[4:]
np.shares_memory(v1, v2)
v1[5] = -1
v2[1]
