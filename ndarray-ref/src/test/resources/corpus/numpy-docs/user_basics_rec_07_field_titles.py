x = np.array([('Rex', 9, 81.0), ('Fido', 3, 27.0)],
             dtype=[('name', 'U10'), ('age', 'i4'), ('weight', 'f4')])
x
x[1]
x['age']
x['age'] = 5
x
np.dtype([('x', 'f4'), ('y', np.float32), ('z', 'f4', (2, 2))])
np.dtype([('x', 'f4'), ('', 'i4'), ('z', 'i8')])
np.dtype('i8, f4, S3')
np.dtype('3int8, float32, (2, 3)float64')
np.dtype({'names': ['col1', 'col2'], 'formats': ['i4', 'f4']})
np.dtype({'names': ['col1', 'col2'],
          'formats': ['i4', 'f4'],
          'offsets': [0, 4],
          'itemsize': 12})
np.dtype({'col1': ('i1', 0), 'col2': ('f4', 1)})
d = np.dtype([('x', 'i8'), ('y', 'f4')])
d.names
d['x']
d.fields
def print_offsets(d):
    print("offsets:", [d.fields[name][1] for name in d.names])
    print("itemsize:", d.itemsize)
print_offsets(np.dtype('u1, u1, i4, u1, i8, u2'))
print_offsets(np.dtype('u1, u1, i4, u1, i8, u2', align=True))
np.dtype([(('my title', 'name'), 'f4')])
np.dtype({'name': ('i4', 0, 'my title')})
for name in d.names:
    print(d.fields[name][:2])
