# The dtype= argument converts while copying.
np.array([1, 2, 3], dtype=np.float32)
np.array([1.7, -1.7], dtype=np.int32)
np.array([0, 1, 2], dtype=np.bool_)
np.array([300], dtype=np.uint8)
np.array([1.5], dtype=np.complex128)
