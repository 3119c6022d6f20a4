import numpy as np
x = np.dtype('i4')
x.alignment
x = np.dtype(float)
x.alignment
