x = np.arange(1200, dtype=np.uint16)
x.real
x.real
x.flags['C_CONTIGUOUS']
x * 2
x + 1
