x = np.zeros((0,), dtype=np.complex128)
print(x.T)
x * 2
str(x)
x == x
