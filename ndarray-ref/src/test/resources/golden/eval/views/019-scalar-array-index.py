# A 0-d integer array as the only index of a 2-D array makes a copy, unlike a plain int.
A = np.arange(12).reshape(3, 4)
r1 = A[1]
r2 = A[np.array(1)]
np.shares_memory(r1, A)
np.shares_memory(r2, A)
r2
