x = np.array([44973, 8965, 26919], dtype=np.uint16)
[x.shape, x.dtype]
print(x)
x.astype(np.float64)
x.ravel()[:5]
-x
