a = np.arange(6).reshape(2, 3)
a.ravel(order='F')
a.flatten(order='F')
a.ravel('F').base is None
a.T.ravel(order='F').base is a
