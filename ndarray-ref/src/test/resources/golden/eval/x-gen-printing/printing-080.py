x = np.array([[8236, 35, -2232], [7911, 1422, 4816], [-2092, -6123, -8623]], dtype=np.int32)
-x
x.astype(np.int8)
(x.ndim, x.size)
x // 2
x + 1
