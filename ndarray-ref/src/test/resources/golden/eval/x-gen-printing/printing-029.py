x = np.arange(1001, dtype=np.uint8)
x.ravel()[:5]
x.reshape(-1)
x.sum()
