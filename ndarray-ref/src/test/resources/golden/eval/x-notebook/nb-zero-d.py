s = np.arange(5).sum()
s
s.shape
s.ndim
z = np.array(7)
z.shape
z + 1
z[()] = 9
z
