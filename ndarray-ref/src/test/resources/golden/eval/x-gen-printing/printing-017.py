x = np.ones(1200, dtype=np.float64)
x.reshape(-1)
-x
