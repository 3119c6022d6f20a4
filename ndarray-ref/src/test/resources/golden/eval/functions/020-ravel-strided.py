# A 1-D strided array ravels to a copy, although reshape(-1) is a view.
s = np.arange(10)[::2]
np.shares_memory(s.ravel(), s)
np.shares_memory(s.reshape(-1), s)
A = np.arange(24).reshape(2, 3, 4)
np.shares_memory(A[:1].ravel(), A), np.shares_memory(A[:, :1].ravel(), A)
np.shares_memory(A[::-1].ravel('K'), A)
np.shares_memory(A.swapaxes(1, 2).ravel('K'), A)
