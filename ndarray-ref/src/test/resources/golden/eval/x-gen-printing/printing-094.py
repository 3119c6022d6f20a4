x = np.array([[3.8122310199, -2.0, -0.0]], dtype=np.float64)
x.ravel()[:5]
x == x
x.reshape(-1)
x.astype(bool)
x.astype(bool)
