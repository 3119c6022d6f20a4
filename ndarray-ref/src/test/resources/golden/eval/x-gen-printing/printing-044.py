x = np.arange(1200).reshape(2, 3, 200).astype(np.uint8)
str(x)
x == x
x[::-1]
x
x
