a = np.arange(10)
e = a[::2]
o = a[1::2]
np.may_share_memory(e, o)
np.shares_memory(e, o)
