row = np.array([1, 2, 3])
b = np.broadcast_to(row, (4, 3))
b.strides
b.flags.writeable
b[0, 0] = 10
np.shares_memory(b, row)
