x = np.array(-0.00849199, dtype=np.float64)
x
x + 1
