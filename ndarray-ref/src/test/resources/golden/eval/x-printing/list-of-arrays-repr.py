x = [np.zeros(2), np.ones((2, 2))]
x
print(x)
