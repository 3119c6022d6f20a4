x = np.array(20, dtype=np.uint16)
print(x)
[x.shape, x.dtype]
