x = np.arange(1001, dtype=np.int32)
x
x * 2
x.astype(np.int8)
x.astype(np.uint8)
x == x
