x = np.array(20, dtype=np.int64)
x.ravel()[:5]
print(x.T)
x.astype(bool)
x > 0
x
