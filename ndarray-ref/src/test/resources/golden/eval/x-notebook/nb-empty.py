e = np.array([], dtype=float)
e.shape
e.size
e.sum()
len(e)
e.reshape(0, 3)
e.reshape(0, 3).strides
