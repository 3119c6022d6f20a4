x = np.zeros((2, 0), dtype=np.int8)
x.flags['C_CONTIGUOUS']
x.tolist()
x
x.T
x.reshape(-1)
