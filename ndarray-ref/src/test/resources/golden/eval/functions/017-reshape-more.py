# More reshape cases.
A = np.arange(24).reshape(2, 3, 4)
A[:, :, ::2].reshape(2, 6).strides
A[:, :, 0].reshape(6).strides
np.shares_memory(A[:, 0, :].reshape(8), A)
np.shares_memory(A.T.reshape(4, 6), A)
A.T.reshape((4, 6), order='F').strides
np.shares_memory(A[::-1].reshape(6, 4), A)
