# a 2-D fancy index on the last axis is a copy whose owndata is False.
A = np.arange(24).reshape(2, 3, 4)
B = A[:, [0, 1]]
B.shape
np.shares_memory(B, A)
B.flags.owndata
B.base is None
B.strides
