x = np.zeros(3000).reshape(10, 10, 30).astype(np.uint16)
print(x.T)
str(x)
x * 2
x + 1
