a = np.zeros(3, dtype=np.uint8)
a[0] = 255
a[1] = 3
a - 5
a
