a = np.arange(10)
v1 = a[:5]
v2 = a[5:]
np.shares_memory(v1, v2)
np.may_share_memory(v1, v2)
v1.base is v2.base
