x = np.zeros((3, 0, 2), dtype=np.int32)
print(x)
x.tolist()
x.flags['C_CONTIGUOUS']
