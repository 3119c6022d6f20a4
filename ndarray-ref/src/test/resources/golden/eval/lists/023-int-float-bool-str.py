# Converting NumPy scalars and 1-element arrays to Python numbers.
int(np.float64(2.7))
float(np.int32(3))
bool(np.array([0]))
bool(np.arange(0))
str(np.int8(-5))
int(np.array([7]))
float(np.arange(3))
