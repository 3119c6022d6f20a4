x = np.arange(1200, dtype=np.float64)
x.flags['C_CONTIGUOUS']
print(x)
x / 3
x.astype(bool)
