x = np.array([43, 25], dtype=np.uint8)
x > 0
print(x.T)
x.tolist()
x.T
x.astype(bool)
