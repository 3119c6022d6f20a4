x = np.arange(1001, dtype=np.int64)
x == x
x.astype(np.uint8)
x.astype(bool)
x.tolist()
