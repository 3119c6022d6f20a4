x = np.zeros((0, 0), dtype=np.float32)
x > 0
x > 0
-x
x.flags['C_CONTIGUOUS']
x > 0
