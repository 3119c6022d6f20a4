x = np.array([[False, False], [True, False]], dtype=np.bool_)
x.astype(np.uint8)
x.imag
x.astype(bool)
x.astype(np.float64)
x
