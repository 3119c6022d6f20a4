x = np.array(-19.0, dtype=np.complex128)
print(x.T)
x
x
x.strides
x / 3
