# Comparisons of NumPy scalars give np.bool values.
x = np.float64(0.5)
x > 0
x == 0.5
np.int8(3) < np.uint8(2)
np.arange(3)[1] == 1.0
type(x > 0)
