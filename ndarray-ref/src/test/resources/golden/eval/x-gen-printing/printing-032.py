x = np.zeros((3, 0, 2), dtype=np.uint8)
x.T
str(x)
x[..., :2]
