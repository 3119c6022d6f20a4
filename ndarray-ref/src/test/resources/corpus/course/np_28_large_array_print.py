a = np.arange(2000)
a
print(a.reshape(40, 50))
