# may_share_memory only compares address ranges; shares_memory is exact.
x = np.zeros((3, 4))
np.may_share_memory(x[:, 0], x[:, 1])
np.shares_memory(x[:, 0], x[:, 1])
np.shares_memory(x[:, ::2], x[:, 1::2])
np.shares_memory(x, x[0])
np.may_share_memory(x, np.zeros(3))
np.shares_memory(x[:0], x)
