d = np.dtype([('x', 'i8'), ('y', 'f4')])
d.names
d['x']
d.fields
