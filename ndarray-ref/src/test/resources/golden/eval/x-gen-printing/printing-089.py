x = np.array([-908, -811], dtype=np.int64)
x * 2
x.sum()
x.T
