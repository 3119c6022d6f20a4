# astype between bool, float and complex.
np.array([0.0, 0.5, -2.0]).astype(np.bool_)
np.array([True, False]).astype(np.float32)
np.arange(3).astype(np.complex128)
np.array([np.nan]).astype(np.bool_)
