x = np.arange(1001, dtype=np.int8)
x[..., :2]
x.astype(np.uint8)
x.astype(np.int8)
