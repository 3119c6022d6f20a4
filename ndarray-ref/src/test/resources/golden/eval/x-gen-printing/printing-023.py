x = np.array([[163, 211, 106, 184, 185], [147, 220, 28, 189, 89], [121, 37, 202, 44, 183]], dtype=np.uint8)
x.flags['C_CONTIGUOUS']
x[..., :2]
x.imag
x.flags['C_CONTIGUOUS']
x
