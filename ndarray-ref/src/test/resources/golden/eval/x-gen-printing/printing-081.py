x = np.arange(1200, dtype=np.int8)
x[::-1]
x / 3
x.astype(np.uint8)
x == x
x > 0
