list(range(3)) == np.arange(3).tolist()
np.array(range(0, 10, 3))
np.array(list(range(3)), dtype=np.float32)
tuple(range(3))
