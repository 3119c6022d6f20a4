x = np.array([-614, 657, 1128], dtype=np.int16)
[x.shape, x.dtype]
x.item(0)
x + 1
x
x * 2
