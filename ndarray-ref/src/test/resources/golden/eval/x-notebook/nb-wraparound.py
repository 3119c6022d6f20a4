x = np.array([127], dtype=np.int8)
x += 1
x
y = np.array([0], dtype=np.uint8)
y -= 1
y
