shapes = [np.zeros((2, 3)).shape, np.zeros(4).shape]
shapes
shapes[0][1]
