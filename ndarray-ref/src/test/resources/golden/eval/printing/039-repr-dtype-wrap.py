# When the dtype does not fit on the last line, it moves to a new line.
np.arange(24, dtype=np.int16)
np.arange(25, dtype=np.int16)
np.arange(21, 44, dtype=np.uint8)
np.arange(1001, dtype=np.int8)
