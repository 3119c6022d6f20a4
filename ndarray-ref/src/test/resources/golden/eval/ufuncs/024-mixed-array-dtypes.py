# Two arrays of different dtypes promote to a type that holds both.
np.arange(3, dtype=np.uint8) - np.arange(3, dtype=np.int8)
np.arange(3, dtype=np.uint64) + np.arange(3)
np.arange(3, dtype=np.int32) + np.arange(3, dtype=np.float32)
np.arange(3, dtype=np.int16) * np.arange(3, dtype=np.float32)
np.ones(2, dtype=np.float32) + np.ones(2, dtype=np.complex128)
