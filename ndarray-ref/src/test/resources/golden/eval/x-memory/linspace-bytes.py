a = np.linspace(0, 1, 11)
live_bytes()
b = np.eye(4)
live_bytes()
