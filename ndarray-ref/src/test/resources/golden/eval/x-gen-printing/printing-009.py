x = np.arange(2048).reshape(4, 512).astype(np.complex128)
x.imag
x // 2
print(x)
