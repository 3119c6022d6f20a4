x = np.zeros((0, 0), dtype=np.float64)
x.reshape(-1)
x.ravel()[:5]
x // 2
x.tolist()
print(x.T)
