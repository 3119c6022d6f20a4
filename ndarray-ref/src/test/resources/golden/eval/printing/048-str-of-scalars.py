# str() of scalars and arrays.
str(np.int64(5))
str(np.float32(0.1))
str(np.float64(1 / 3))
str(np.arange(3))
str(np.array([1.5]))
str(np.array(True))
