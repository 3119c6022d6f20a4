# uint8 arithmetic wraps around silently.
u = np.array([250, 251, 252], dtype=np.uint8)
u + np.uint8(10)
u * 2
u - 255
np.array([-128], dtype=np.int8) - np.int8(1)
