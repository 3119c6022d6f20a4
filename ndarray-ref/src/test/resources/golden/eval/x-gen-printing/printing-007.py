x = np.arange(2048).reshape(4, 512).astype(np.uint8)
x + 1
x.sum()
x.item(0)
x.astype(np.int8)
