x = np.array([-0.0], dtype=np.complex128)
x.real
x[::-1]
x + 1
x.imag
print(x)
