for dt in ['int8', 'int32', 'float64', 'complex128']:
    a = np.zeros(10, dtype=dt)
    print(dt, a.itemsize, a.nbytes)
