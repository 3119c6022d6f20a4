cube = np.arange(27).reshape(3, 3, 3)
cube[1]
cube[:, 1, :]
cube[..., 1]
cube[0, ..., 0]
cube[1, 1, 1]
