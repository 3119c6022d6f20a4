x = np.arange(1200).reshape(2, 3, 200).astype(np.int16)
[x.shape, x.dtype]
x.imag
print(x.T)
