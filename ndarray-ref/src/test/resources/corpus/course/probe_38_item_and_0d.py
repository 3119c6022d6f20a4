a = np.arange(6).reshape(2, 3)
a.item(4)
a.item((1, 0))
z = np.array(7)
z.shape
z.ndim
z[()]
len(z)
