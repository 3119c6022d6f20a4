x = np.array([[-11.624001], [0.0]], dtype=np.float64)
x.T
print(x)
x.T
-x
x.item(0)
