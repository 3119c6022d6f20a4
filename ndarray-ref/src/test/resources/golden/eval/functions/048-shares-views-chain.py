# Everything built by basic indexing from one array shares its memory.
base = np.arange(12)
m = base.reshape(3, 4)
col = m[:, 1]
np.shares_memory(col, base)
np.shares_memory(col, m[1])
np.shares_memory(col, m[:, 2])
np.may_share_memory(col, m[:, 2])
