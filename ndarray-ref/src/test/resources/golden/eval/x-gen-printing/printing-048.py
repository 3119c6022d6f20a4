x = np.zeros(1200, dtype=np.uint8)
x.item(0)
x.tolist()
x * 2
x
