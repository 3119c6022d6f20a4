b = np.broadcast_to(np.arange(3), (2, 3))
b[0] = 5
b += 1
