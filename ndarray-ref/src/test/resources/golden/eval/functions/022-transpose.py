# transpose permutes axes; it is always a view.
A = np.arange(24).reshape(2, 3, 4)
A.transpose().shape
A.transpose(1, 0, 2).shape, A.transpose(1, 0, 2).strides
np.transpose(A, (2, 0, 1)).strides
A.transpose((1, 0)).shape
np.transpose(A, (0, 0, 1))
