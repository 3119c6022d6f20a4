ages = np.array([100, 120, 127], dtype=np.int8)
ages + 1
ages.dtype
older = ages + np.int8(10)
older
pix = np.array([250, 251], dtype=np.uint8)
pix + 10
pix.astype(int) + 10
