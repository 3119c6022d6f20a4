import numpy as np
x = np.dtype('8f')
x.base
x =  np.dtype('i2')
x.base
