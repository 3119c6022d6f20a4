# Every integer dtype except int64 shows its dtype in the repr.
np.array([1, 2, 3], dtype=np.int8)
np.array([1, 2, 3], dtype=np.int16)
np.array([1, 2, 3], dtype=np.int32)
np.array([1, 2, 3], dtype=np.int64)
np.array([1, 2, 3], dtype=np.uint8)
np.array([1, 2, 3], dtype=np.uint16)
np.array([1, 2, 3], dtype=np.uint32)
np.array([1, 2, 3], dtype=np.uint64)
