import numpy as np
x = np.dtype(float)
x.char
