x = np.array([-1.28e-08, 0.0, -0.0, -0.0], dtype=np.float64)
x.real
x.ravel()[:5]
(x.ndim, x.size)
print(x.T)
(x.ndim, x.size)
