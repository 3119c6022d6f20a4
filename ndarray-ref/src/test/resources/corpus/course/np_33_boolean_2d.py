m = np.arange(12).reshape(3, 4)
m[m % 2 == 0]
m[m > 5] = -1
m
m[:, m[0] > 0]
(m < 0).any(axis=1)
(m < 0).all()
