# Constructors with dtypes.
np.ones(3, dtype=np.int32)
np.full(3, 7, dtype=np.uint16)
np.full((2, 2), 1.5)
np.full(2, True)
np.zeros(2, dtype=np.complex128)
np.full(3, np.nan, dtype=np.float32)
