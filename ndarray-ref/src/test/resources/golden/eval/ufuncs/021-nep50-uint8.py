# uint8 with Python ints: results stay uint8 and wrap; negative ints do not fit.
u = np.array([200, 10], dtype=np.uint8)
u + 100
u - 20
u + (-1)
u * 2
(u / 2).dtype
