a = np.arange(6).reshape(2, 3)
print(a.T)
a.T
