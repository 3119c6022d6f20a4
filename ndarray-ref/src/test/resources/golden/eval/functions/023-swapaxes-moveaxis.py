# swapaxes and moveaxis are views with reordered strides.
A = np.arange(24).reshape(2, 3, 4)
A.swapaxes(0, 2).strides
np.swapaxes(A, 1, -1).shape
np.moveaxis(A, 0, -1).shape
np.moveaxis(A, 0, -1).strides
np.shares_memory(np.moveaxis(A, 2, 0), A)
A.swapaxes(0, 3)
np.moveaxis(A, 0, 3)
