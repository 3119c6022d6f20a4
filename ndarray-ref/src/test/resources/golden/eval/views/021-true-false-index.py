# Indexing with True or False adds an axis of length 1 or 0 (a copy).
A = np.arange(6).reshape(2, 3)
A[True].shape
A[False].shape
A[True]
np.shares_memory(A[True], A)
