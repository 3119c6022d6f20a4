x = np.zeros((2, 2), dtype=[('a', np.int32), ('b', np.float64, (3, 3))])
x['a'].shape
x['a'].dtype
x['b'].shape
x['b'].dtype
