import numpy as np
dt = np.dtype('i4')
dt.kind
dt = np.dtype('f8')
dt.kind
dt = np.dtype([('field1', 'f8')])
dt.kind
