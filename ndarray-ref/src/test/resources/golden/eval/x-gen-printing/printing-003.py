x = np.array([-70, 113, -15], dtype=np.int8)
x.strides
x.reshape(-1)
x.flags['C_CONTIGUOUS']
x.astype(bool)
