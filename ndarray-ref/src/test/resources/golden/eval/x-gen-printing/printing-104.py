x = np.zeros((0,), dtype=np.int64)
x // 2
x.astype(bool)
x.flags['C_CONTIGUOUS']
x // 2
