x = np.ones(2048).reshape(4, 512).astype(np.uint8)
print(x.T)
x.astype(bool)
str(x)
x // 2
