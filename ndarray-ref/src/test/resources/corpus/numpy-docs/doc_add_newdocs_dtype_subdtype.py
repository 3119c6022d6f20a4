import numpy as np
x = np.dtype('8f')
x.subdtype
x =  np.dtype('i2')
x.subdtype
