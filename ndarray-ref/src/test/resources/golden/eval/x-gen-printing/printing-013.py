x = np.zeros((0, 3), dtype=np.uint8)
print(x.T)
x[::-1]
x.astype(np.int8)
x.item(0)
