a = np.arange(6).reshape(2, 3)
b = a.T
b[2, 0] = -1
print(a)
print(b)
