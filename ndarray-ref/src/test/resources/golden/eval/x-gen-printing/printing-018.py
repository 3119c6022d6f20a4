x = np.zeros(3000).reshape(10, 10, 30).astype(np.uint16)
x.T
x[..., :2]
