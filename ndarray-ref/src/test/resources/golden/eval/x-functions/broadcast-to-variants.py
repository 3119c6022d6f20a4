np.broadcast_to(5, (2, 2))
np.broadcast_to(np.arange(2), (3, 2)).strides
np.broadcast_to(np.zeros((3, 1)), (3, 4)).strides
np.broadcast_to(np.arange(3), (3,)).base is None
