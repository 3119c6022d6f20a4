import numpy as np
np.result_type(3, np.arange(7, dtype='i1'))
np.result_type('i4', 'c8')
np.result_type(3.0, -2)
