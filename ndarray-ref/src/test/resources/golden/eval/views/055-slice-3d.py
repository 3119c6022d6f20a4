# Slicing a 3-D array: each slice of each axis scales that axis's stride.
A = np.arange(24).reshape(2, 3, 4)
A.strides
A[0].strides
A[..., 1].shape, A[..., 1].strides
A[:, ::2, :].strides
A[::-1].strides
A[0, 1, 2]
