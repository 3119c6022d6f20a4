# shares_memory and may_share_memory on many kinds of arguments.
a = np.arange(6)
np.shares_memory(a, a)
np.shares_memory(a, [1, 2])
np.may_share_memory(a[:3], a[3:])
np.may_share_memory(a[::2], a[1::2])
np.shares_memory(a[::2], a[1::2])
np.shares_memory(a, a.copy())
