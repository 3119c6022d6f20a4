a = np.arange(3)
b = np.arange(4)
a + b
np.zeros((2, 3)) * np.zeros((3, 2))
np.broadcast_to(a, (3, 2))
