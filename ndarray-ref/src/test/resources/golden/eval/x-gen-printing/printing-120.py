x = np.array([[-45.5467148505], [-42.0], [-0.0059472149], [0.064898]], dtype=np.float64)
x.astype(np.float64)
x // 2
