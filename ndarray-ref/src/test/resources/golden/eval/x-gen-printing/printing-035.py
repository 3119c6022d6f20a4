x = np.arange(1001, dtype=np.complex128)
x.astype(bool)
x.ravel()[:5]
x + 1
print(x)
