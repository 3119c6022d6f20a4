# NumPy scalars follow the same rules.
np.float32(3) + 3.0
np.int8(100) + 1
np.int8(100) + np.int8(100)
np.uint8(3) + 300
np.int16(5) * 2.5
np.uint8(250) + np.uint8(10)
