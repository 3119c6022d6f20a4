x = np.arange(1200).reshape(2, 3, 200).astype(np.int8)
x // 2
x[::-1]
x[::-1]
x.ravel()[:5]
x * 2
