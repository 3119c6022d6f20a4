a = np.zeros((3, 4), dtype=int)
a[1] = 5
a[:, 2] = [7, 8, 9]
a[0, :2] = -1
a
try:
    a[:, 0] = [1, 2]
except ValueError as e:
    print(e)
