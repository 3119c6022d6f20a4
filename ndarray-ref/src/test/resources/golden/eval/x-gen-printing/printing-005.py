x = np.arange(1200, dtype=np.uint8)
x.item(0)
print(x)
-x
x.strides
(x.ndim, x.size)
