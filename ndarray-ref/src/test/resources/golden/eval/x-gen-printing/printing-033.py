x = np.arange(1200).reshape(2, 3, 200).astype(np.float64)
x.astype(np.uint8)
print(x)
