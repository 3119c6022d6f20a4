x = np.zeros((0,), dtype=np.uint8)
x.astype(bool)
-x
x.reshape(-1)
x.sum()
