x = np.array([[95706, -72051, 46822, 31125], [-19272, 25074, -39420, -6477]], dtype=np.int64)
x // 2
x.astype(np.int8)
str(x)
