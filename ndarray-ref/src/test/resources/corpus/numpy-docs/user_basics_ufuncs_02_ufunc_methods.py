x = np.arange(9).reshape(3,3)
x
np.add.reduce(x, 1)
np.add.reduce(x, (0, 1))
x.dtype
np.multiply.reduce(x, dtype=float)
y = np.zeros(3, dtype=int)
y
np.multiply.reduce(x, dtype=float, out=y)
