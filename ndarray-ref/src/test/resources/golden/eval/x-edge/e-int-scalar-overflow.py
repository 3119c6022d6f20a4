np.int8(127) + np.int8(1)
np.int64(2**62) * 4
np.uint8(0) - np.uint8(1)
np.int8(-128) // np.int8(-1)
np.array([2**62]) * 4
