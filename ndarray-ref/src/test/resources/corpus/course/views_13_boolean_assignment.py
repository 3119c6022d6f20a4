data = np.array([3, -1, 4, -1, 5, -9, 2, 6])
data[data < 0] = 0
data
count = (data == 0).sum()
print(f"zeros: {count}")
