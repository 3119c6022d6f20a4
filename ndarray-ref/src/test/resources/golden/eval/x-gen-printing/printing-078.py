x = np.array([430485201, -121161918, -790172610], dtype=np.int64)
x.real
x
