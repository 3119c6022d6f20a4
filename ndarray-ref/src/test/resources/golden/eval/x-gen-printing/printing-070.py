x = np.ones(2048).reshape(4, 512).astype(np.uint8)
x * 2
x.reshape(-1)
