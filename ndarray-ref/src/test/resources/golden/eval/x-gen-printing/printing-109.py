x = np.zeros((2, 0), dtype=np.int32)
print(x.T)
x.sum()
-x
