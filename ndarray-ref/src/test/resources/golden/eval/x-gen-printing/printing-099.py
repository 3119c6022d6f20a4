x = np.zeros((0, 3), dtype=np.int16)
print(x)
x.strides
x.item(0)
x[..., :2]
(x.ndim, x.size)
