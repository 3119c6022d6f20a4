dt = np.dtype([('name', np.str_, 16), ('grades', np.float64, (2,))])
dt.names
