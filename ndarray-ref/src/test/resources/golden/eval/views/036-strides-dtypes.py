# The same shape has different strides for different item sizes.
np.zeros((2, 3), dtype=np.int8).strides
np.zeros((2, 3), dtype=np.int16).strides
np.zeros((2, 3), dtype=np.float32).strides
np.zeros((2, 3), dtype=np.complex128).strides
np.zeros((2, 3), dtype=np.bool_).strides
