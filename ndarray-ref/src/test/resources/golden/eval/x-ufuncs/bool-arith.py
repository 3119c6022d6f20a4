t = np.array([True, False])
t + t
t * 3
t & False
t.sum()
