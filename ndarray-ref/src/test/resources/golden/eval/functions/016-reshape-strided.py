# reshape of a strided view: a view when the strides can be merged.
A = np.arange(24).reshape(2, 3, 4)
B = A[:, ::2, :]
B.strides
np.shares_memory(B.reshape(2, 8), A)
B.reshape(2, 2, 2, 2).strides
B.reshape(2, 1, 2, 1, 4).strides
np.shares_memory(B.reshape(2, 2, 2, 2), A)
