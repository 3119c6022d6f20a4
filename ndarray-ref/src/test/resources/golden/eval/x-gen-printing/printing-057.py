x = np.array([67236, 841665, -66495], dtype=np.int64)
x > 0
str(x)
x.astype(np.int8)
